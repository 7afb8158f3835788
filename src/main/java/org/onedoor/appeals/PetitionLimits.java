package org.onedoor.appeals;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The time limits of the 信访工作条例 (2022) that are rules rather than durations: one extension
 * of at most 30 days, a 复查 / 复核 request within 30 days of the written reply, and no more
 * than two reviews (复查, then 复核). The durations themselves are deadline rules.
 */
public final class PetitionLimits {

	public static final int MAX_EXTENSIONS = 1;

	public static final int MAX_EXTENSION_DAYS = 30;

	public static final int REVIEW_REQUEST_DAYS = 30;

	/** 复查 then 复核; a 复核 opinion is final. */
	public static final int MAX_REVIEWS = 2;

	private PetitionLimits() {
	}

	/** Why a review may not be requested, as a bundle key; empty when it may. */
	public static Optional<String> reviewRefusal(LocalDate repliedOn, LocalDate requestedOn, int reviewsSoFar) {
		if (repliedOn == null) {
			return Optional.of("appeals.review.noReply");
		}
		if (reviewsSoFar >= MAX_REVIEWS) {
			return Optional.of("appeals.review.final");
		}
		if (requestedOn.isAfter(repliedOn.plusDays(REVIEW_REQUEST_DAYS))) {
			return Optional.of("appeals.review.tooLate");
		}
		return Optional.empty();
	}

}
