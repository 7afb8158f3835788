package org.onedoor.disclosure;

import java.time.Instant;

/**
 * How fresh a set of figures is.
 * @param asOf when the newest of them was recomputed ({@code null}: nothing counted yet)
 * @param pendingCells cells changed since and waiting for the refresher (0: fully up to date)
 */
public record Freshness(Instant asOf, int pendingCells) {
}
