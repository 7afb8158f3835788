package org.onedoor.appeals;

import java.time.Instant;
import java.util.List;

/** 派单 to a lead unit (and co-units). */
public record AppealDispatched(long appealId, TrackingNumber trackingNumber, long leadUnitId, List<Long> coUnitIds,
		Instant dispatchedAt, Instant signForDeadline, Instant replyDeadline) {
}
