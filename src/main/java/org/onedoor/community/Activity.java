package org.onedoor.community;

import java.time.Instant;

/** An activity as residents see it; {@code confirmed} and {@code waiting} are live counts. */
record Activity(long id, long communityId, String communityName, Long teamId, String teamName, Long ideaId,
		String creditedName, String title, String description, String place, Instant startsAt, Instant endsAt,
		int capacity, boolean cancelled, String report, Instant reportedAt, long confirmed, long waiting,
		long checkedIn) {

	/** Beijing time, as the community reads a notice board. */
	public java.time.LocalDateTime startLocal() {
		return startsAt.atZone(Ideas.ZONE).toLocalDateTime();
	}

	public java.time.LocalDateTime endLocal() {
		return endsAt.atZone(Ideas.ZONE).toLocalDateTime();
	}

	public boolean full() {
		return confirmed >= capacity;
	}

	public boolean past(Instant now) {
		return endsAt.isBefore(now);
	}

}
