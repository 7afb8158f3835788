package org.onedoor.appeals;

import java.time.Instant;

/** 签收 by the lead unit, naming the responsible person. */
public record AppealSignedFor(long appealId, TrackingNumber trackingNumber, long unitId, long responsibleAccountId,
		Instant signedForAt, Instant replyDeadline) {
}
