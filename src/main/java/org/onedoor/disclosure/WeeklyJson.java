package org.onedoor.disclosure;

import java.time.Instant;
import java.util.List;

/** The JSON of a published week: counts and rates per unit, the corrections, when it was published. */
record WeeklyJson(String week, String from, String to, Instant publishedAt, Instant dataAsOf, List<Unit> units,
		List<PublishedWeek.Correction> corrections) {

	record Unit(long unitId, String unitName, int received, int signedFor, int signedOnTime, int completed,
			int completedOnTime, Double onTimeRate, int rated, int satisfied, Double satisfactionRate, int returned,
			int extended) {
	}

	static WeeklyJson of(PublishedWeek w) {
		return new WeeklyJson(w.week().toString(), w.week().monday().toString(), w.week().sunday().toString(),
				w.publishedAt(), w.dataAsOf(), w.units().stream().map(WeeklyJson::unit).toList(), w.corrections());
	}

	private static Unit unit(UnitFigures u) {
		return new Unit(u.unitId(), u.unitName(), u.received(), u.signedFor(), u.signedOnTime(), u.completed(),
				u.completedOnTime(), u.onTimeRate(), u.rated(), u.satisfied(), u.satisfactionRate(), u.returned(),
				u.extended());
	}

}
