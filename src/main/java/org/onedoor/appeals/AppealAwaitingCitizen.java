package org.onedoor.appeals;

import java.time.Instant;

/** 补充材料: the lead unit asked the citizen for more; the appeal's clock stands still from {@code stoppedAt}. */
public record AppealAwaitingCitizen(long appealId, TrackingNumber trackingNumber, long unitId, Instant stoppedAt) {
}
