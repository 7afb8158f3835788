package org.onedoor.appeals;

import java.time.Instant;

/** One line of a staff list: enough to see what it is, where it stands and how late it is. */
record CaseRow(long id, TrackingNumber trackingNumber, String title, AppealType type, Channel channel, Urgency urgency,
		AppealStatus status, Instant registeredAt, Instant stageStartedAt, Instant stageDeadline, Long leadUnitId,
		String responsibleName, int returns, boolean extensionRequested, DeadlineView deadline) {

	CaseRow with(DeadlineView view) {
		return new CaseRow(id, trackingNumber, title, type, channel, urgency, status, registeredAt, stageStartedAt,
				stageDeadline, leadUnitId, responsibleName, returns, extensionRequested, view);
	}

}
