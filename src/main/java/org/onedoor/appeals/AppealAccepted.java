package org.onedoor.appeals;

import java.time.Instant;

/** 受理: the appeal was taken on; {@code replyDeadline} is when the citizen must have an answer. */
public record AppealAccepted(long appealId, TrackingNumber trackingNumber, Instant acceptedAt, Instant dispatchDeadline,
		Instant replyDeadline) {
}
