package org.onedoor.appeals;

import java.time.Instant;

/** 答复: the unit replied; {@code onTime} compares with the reply deadline. */
public record AppealReplied(long appealId, TrackingNumber trackingNumber, Long unitId, Instant repliedAt,
		Instant replyDeadline, boolean onTime, Instant followUpDeadline) {
}
