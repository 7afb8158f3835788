package org.onedoor.oversight;

import java.time.Instant;

/**
 * A unit let a stage's deadline pass: marked overdue and escalated to the supervisors of
 * {@code escalatedToUnitId} ({@code null} when it went to every supervisor).
 *
 * @param stage SIGN_FOR or REPLY
 */
public record AppealWentOverdue(long appealId, String trackingNumber, long unitId, String stage, Instant deadline,
		Long escalatedToUnitId) {
}
