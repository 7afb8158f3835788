package org.onedoor.appeals;

import java.time.Instant;

/** 撤销合并: the appeal is its own matter again and counts by itself. */
public record AppealUnmerged(long appealId, long formerPrimaryId, Instant unmergedAt) {
}
