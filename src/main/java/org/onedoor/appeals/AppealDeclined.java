package org.onedoor.appeals;

import java.time.Instant;

/** 不予受理, with the reason told to the citizen. */
public record AppealDeclined(long appealId, TrackingNumber trackingNumber, String reason, Instant declinedAt) {
}
