package org.onedoor.appeals;

import java.time.Instant;

/** The public face of an appeal: nothing here identifies the citizen. */
public record AppealSummary(long id, TrackingNumber trackingNumber, Channel channel, AppealType type, String title,
		AppealStatus status, String categoryCode, String divisionCode, Instant registeredAt, Instant stageDeadline,
		boolean confidential) {
}
