package org.onedoor.appeals;

import java.time.Instant;

/**
 * The citizen supplied what was asked: the clock runs again from {@code resumedAt}, and the reply
 * deadline moved on by the office time it stood still.
 */
public record AppealCitizenSupplied(long appealId, TrackingNumber trackingNumber, long unitId, Instant stoppedAt,
		Instant resumedAt, Instant replyDeadline) {
}
