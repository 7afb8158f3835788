package org.onedoor.appeals;

import java.time.Instant;

/** A new appeal has been stored, on whatever channel it came. */
public record AppealRegistered(long appealId, TrackingNumber trackingNumber, Channel channel, AppealType type,
		String divisionCode, String categoryCode, Instant registeredAt) {
}
