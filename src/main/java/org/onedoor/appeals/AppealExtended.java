package org.onedoor.appeals;

import java.time.Instant;

/** 延期 approved: the reply deadline moved by {@code days}. */
public record AppealExtended(long appealId, TrackingNumber trackingNumber, Long unitId, int days, String reason,
		Instant previousReplyDeadline, Instant replyDeadline, Instant extendedAt) {
}
