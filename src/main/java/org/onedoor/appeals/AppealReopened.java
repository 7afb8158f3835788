package org.onedoor.appeals;

import java.time.Instant;

/**
 * 重办 after a dissatisfied rating, or 复查/复核 of a petition ({@code reviewLevel} 1 or 2):
 * back with the dispatcher, with a new reply deadline.
 */
public record AppealReopened(long appealId, TrackingNumber trackingNumber, Long previousUnitId, Instant reopenedAt,
		Instant replyDeadline, int reviewLevel) {
}
