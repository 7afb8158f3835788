package org.onedoor.appeals;

import java.time.Instant;

/**
 * The citizen rated the reply (回访评价), on the tracking page or by a follow-up call; the
 * appeal is closed. A dissatisfied rating is what a reopen (重办) starts from.
 */
public record AppealRated(long appealId, TrackingNumber trackingNumber, Rating rating, boolean byCall,
		Instant ratedAt) {
}
