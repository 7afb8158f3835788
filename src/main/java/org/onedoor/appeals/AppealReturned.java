package org.onedoor.appeals;

import java.time.Instant;

/** 退单: the unit sent the appeal back to the dispatcher, with a reason. */
public record AppealReturned(long appealId, TrackingNumber trackingNumber, long unitId, String reason,
		Instant returnedAt, int returns) {
}
