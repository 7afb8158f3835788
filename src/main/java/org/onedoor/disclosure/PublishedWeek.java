package org.onedoor.disclosure;

import java.time.Instant;
import java.util.List;

/**
 * A frozen weekly disclosure: the figures as published, and the corrections to earlier weeks
 * that were found when it was published.
 */
public record PublishedWeek(IsoWeek week, Instant publishedAt, Instant dataAsOf, List<UnitFigures> units,
		List<Correction> corrections) {

	/** A figure of an earlier, frozen week that changed (a late rating, a reopen, a merge). */
	public record Correction(String week, String unitName, String figure, int oldValue, int newValue) {
	}

	public UnitFigures total() {
		return units.stream().reduce(new UnitFigures(0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), UnitFigures::plus);
	}

}
