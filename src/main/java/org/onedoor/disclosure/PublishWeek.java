package org.onedoor.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.onedoor.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 每周公示 of one week: freezes each unit's figures and notes the changes to earlier frozen weeks.
 * One transaction under an advisory lock, and the week's primary key: whichever node comes
 * first publishes, every other finds the week taken and does nothing.
 */
@Component
class PublishWeek {

	/** How far back corrections to frozen weeks are looked for. */
	static final int CORRECTION_WEEKS = 26;

	private static final long LOCK = 0x0D15C105EL;

	private final JdbcClient jdbc;

	private final WeeklyStore store;

	private final FigureQueries figures;

	private final AuditLog audit;

	private final Clock clock;

	PublishWeek(JdbcClient jdbc, WeeklyStore store, FigureQueries figures, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.figures = figures;
		this.audit = audit;
		this.clock = clock;
	}

	/** @return whether this call published the week (false: it was published already) */
	@Transactional
	boolean publish(IsoWeek week, String node) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
		if (store.exists(week)) {
			return false;
		}
		Instant now = clock.instant();
		Freshness fresh = figures.freshness(week.monday(), week.sunday());
		Instant asOf = fresh.asOf() == null ? now : fresh.asOf();
		if (!store.claim(week, Timestamp.from(now), Timestamp.from(asOf), node)) {
			return false;
		}
		for (UnitFigures u : figures.perUnit(week.monday(), week.sunday())) {
			jdbc.sql("""
					insert into disclosure.published_figure (week, unit_id, unit_name, received, signed_for, signed_on_time,
					    completed, completed_on_time, rated, satisfied, returned, extended)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(week.toString(), u.unitId(), u.unitName(), u.received(), u.signedFor(), u.signedOnTime(),
						u.completed(), u.completedOnTime(), u.rated(), u.satisfied(), u.returned(), u.extended())
				.update();
		}
		int corrections = noteCorrections(week);
		audit.record("disclosure.published", "week", week.toString(), "corrections: " + corrections);
		return true;
	}

	private int noteCorrections(IsoWeek publishing) {
		int noted = 0;
		for (IsoWeek earlier : store.published(CORRECTION_WEEKS + 1)) {
			if (earlier.compareTo(publishing) >= 0) {
				continue;
			}
			Corrections known = Corrections.known(jdbc, earlier);
			for (UnitFigures now : figures.perUnit(earlier.monday(), earlier.sunday())) {
				known.seen(now.unitId());
				noted += known.record(jdbc, publishing, earlier, now.unitId(), now.unitName(), Corrections.values(now));
			}
			for (long gone : known.unseen()) {
				noted += known.record(jdbc, publishing, earlier, gone, known.name(gone), new int[WeeklyStore.PUBLISHED.size()]);
			}
		}
		return noted;
	}

}
