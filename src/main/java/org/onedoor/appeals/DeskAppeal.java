package org.onedoor.appeals;

import java.time.Instant;

/** One appeal as the people's channels read it (tracking, board, petitions, attachments). */
record DeskAppeal(long id, TrackingNumber trackingNumber, Channel channel, AppealType type,
		PetitionType petitionType, String title, String content, String categoryCode, String divisionCode,
		String address, AppealStatus status, String citizenName, String citizenMobile, String citizenIdNumber,
		Long citizenAccountId, boolean anonymous, boolean confidential, String reply, Instant repliedAt,
		Rating rating, Instant ratedAt, Instant stageDeadline, Instant replyDeadline, Instant registeredAt,
		Instant closedAt) {

	/** Whether the last four digits the person typed are those of the appeal's mobile. */
	boolean mobileEndsWith(String lastFour) {
		return mobileEndsWith(citizenMobile, lastFour);
	}

	/** The same check for a mobile read on its own (the tracking API's one query); constant time. */
	static boolean mobileEndsWith(String mobile, String lastFour) {
		return mobile != null && mobile.length() >= 4 && lastFour != null && lastFour.strip().matches("\\d{4}")
				&& java.security.MessageDigest.isEqual(mobile.substring(mobile.length() - 4).getBytes(),
						lastFour.strip().getBytes());
	}

	/** The deadline the citizen cares about: the reply, else the current stage. */
	public Instant deadline() {
		return replyDeadline != null ? replyDeadline : stageDeadline;
	}

}
