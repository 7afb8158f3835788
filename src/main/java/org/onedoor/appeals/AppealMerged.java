package org.onedoor.appeals;

import java.time.Instant;

/** 合并: the appeal is the same matter as {@code primaryId} and no longer counts by itself. */
public record AppealMerged(long appealId, long primaryId, Instant mergedAt) {
}
