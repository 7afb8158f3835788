package org.onedoor.appeals;

import java.time.Instant;
import java.time.ZoneId;

import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复查 / 复核 of a petition: requested within 30 days of the written reply, at most twice; the
 * appeal goes back to the dispatcher (for the reviewing body) and must be answered within the
 * REVIEW rule (30 days).
 */
@Service
class RequestReview {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final WorkSteps steps;

	RequestReview(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	int request(long appealId, Actor actor, String reason) {
		String why = Texts.required("reason", reason, Texts.REASON_MAX);
		AppealCase appeal = steps.cases.load(appealId);
		if (appeal.channel() != Channel.PETITION) {
			throw new InvalidInputException("appealId", "appeals.review.onlyPetitions");
		}
		Instant now = steps.now();
		PetitionLimits.reviewRefusal(appeal.repliedAt() == null ? null : appeal.repliedAt().atZone(CHINA).toLocalDate(),
				now.atZone(CHINA).toLocalDate(), appeal.reviewLevel())
			.ifPresent(key -> {
				throw new InvalidInputException("appealId", key, PetitionLimits.REVIEW_REQUEST_DAYS);
			});
		steps.transitions.move(appealId, null, AppealAction.REQUEST_REVIEW, actor, why, true);
		int level = appeal.reviewLevel() + 1;
		ReopenAppeal.restart(steps, appeal, now, DeadlineStage.REVIEW, "review_level", level);
		steps.events.publishEvent(new AppealReopened(appealId, appeal.trackingNumber(), appeal.leadUnitId(), now,
				steps.cases.load(appealId).replyDeadline(), level));
		return level;
	}

}
