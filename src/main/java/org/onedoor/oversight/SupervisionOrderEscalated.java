package org.onedoor.oversight;

import java.time.Instant;

/**
 * A unit did not answer a supervision order (督办单) by its deadline; the order went one step up
 * the chain of units, to {@code escalatedToUnitId} ({@code null} at the top of the chain).
 */
public record SupervisionOrderEscalated(long orderId, String number, long unitId, Long escalatedToUnitId,
		Instant escalatedAt) {
}
