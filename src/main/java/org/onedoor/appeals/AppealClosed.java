package org.onedoor.appeals;

import java.time.Instant;

/** 办结: closed; {@code rated} is false when the follow-up period passed without a rating. */
public record AppealClosed(long appealId, TrackingNumber trackingNumber, Long unitId, Instant closedAt, boolean rated) {
}
