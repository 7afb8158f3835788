package org.onedoor.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks the cells an appeal counts in as dirty: the ones it counts in now (from the appeals
 * view and its recorded steps), the ones it counted in before (remembered in {@code appeal_cell}, so a return or a
 * reopen that clears a date also fixes the cell it leaves) and the unit and day an event names.
 */
@Component
class CellMarks {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Namespace of the per-appeal advisory lock (hash of "disclosure.appeal"). */
	private static final long APPEAL_LOCK = 0x44495343_00000000L;

	private final JdbcClient jdbc;

	CellMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static LocalDate day(Instant instant) {
		return instant.atZone(CHINA).toLocalDate();
	}

	/**
	 * @param unitId the unit the event names, or {@code null}; @param at when it happened.
	 * Events about one appeal arrive on several threads at once (rated and closed together), so
	 * the appeal is locked first; and every transaction marks its dirty cells in the refresher's
	 * order (day, kind, unit), so two appeals sharing cells never wait on each other in opposite
	 * orders (a deadlock).
	 */
	@Transactional
	void touch(long appealId, Long unitId, Instant at) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEAL_LOCK ^ appealId).query((rs, n) -> 1).list();
		SortedSet<Cell> touched = new TreeSet<>(jdbc.sql(
				"delete from disclosure.appeal_cell where appeal_id = ? returning kind, unit_id, day")
			.param(appealId).query(CellMarks::cell).list());
		if (unitId != null && at != null) {
			touched.add(new Cell(day(at), "U", unitId));
		}
		touched.addAll(jdbc.sql("""
				insert into disclosure.appeal_cell (appeal_id, kind, unit_id, day)
				select distinct :id, kind, unit_id, day from (
				  select 'U' kind, f.unit_id, (t.at at time zone 'Asia/Shanghai')::date as day
				  from appeals.appeal_facts f
				  cross join lateral (values (f.dispatched_at), (f.signed_for_at), (f.closed_at), (f.rated_at)) t(at)
				  where f.appeal_id = :id and f.unit_id is not null and t.at is not null
				  union all
				  select 'V', 0, (t.at at time zone 'Asia/Shanghai')::date
				  from appeals.appeal_facts f cross join lateral (values (f.registered_at), (f.rated_at)) t(at)
				  where f.appeal_id = :id and t.at is not null
				  union all
				  select 'U', s.unit_id, (s.occurred_at at time zone 'Asia/Shanghai')::date
				  from disclosure.unit_step s where s.appeal_id = :id
				) c on conflict do nothing
				returning kind, unit_id, day""").param("id", appealId).query(CellMarks::cell).list());
		touched.forEach(cell -> mark(cell.kind(), cell.unitId(), cell.day()));
	}

	/**
	 * A new appeal counts in the volume of the day it was registered and nowhere else yet. Called
	 * in the registering transaction; a volume cell being recomputed holds this mark until the
	 * recomputation commits, which is why the refresher recomputes volume cells one per
	 * transaction.
	 */
	void registered(long appealId, Instant registeredAt) {
		jdbc.sql("""
				with counted as (
				    insert into disclosure.appeal_cell (appeal_id, kind, unit_id, day) values (:id, 'V', 0, :day)
				    on conflict do nothing)
				insert into disclosure.dirty_cell (kind, unit_id, day) values ('V', 0, :day) on conflict do nothing""")
			.param("id", appealId)
			.param("day", day(registeredAt))
			.update();
	}

	/** A dirty cell, ordered as the refresher claims them: day, kind, unit. */
	record Cell(LocalDate day, String kind, long unitId) implements Comparable<Cell> {

		private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::day)
			.thenComparing(Cell::kind)
			.thenComparingLong(Cell::unitId);

		@Override
		public int compareTo(Cell other) {
			return ORDER.compare(this, other);
		}

	}

	private static Cell cell(ResultSet rs, int row) throws SQLException {
		return new Cell(rs.getObject("day", LocalDate.class), rs.getString("kind"), rs.getLong("unit_id"));
	}

	void mark(String kind, long unitId, LocalDate day) {
		jdbc.sql("insert into disclosure.dirty_cell (kind, unit_id, day) values (?, ?, ?) on conflict do nothing")
			.params(kind, unitId, day)
			.update();
	}

	/** Records a return, an approved extension or a reopen against the unit it counts for. */
	void step(long appealId, String action, Long unitId, Instant at) {
		if (unitId == null) {
			return;
		}
		jdbc.sql("insert into disclosure.unit_step (appeal_id, action, unit_id, occurred_at) values (?, ?, ?, ?) on conflict do nothing")
			.params(appealId, action, unitId, java.sql.Timestamp.from(at))
			.update();
	}

	void signForDue(long appealId, Instant due) {
		jdbc.sql("""
				insert into disclosure.sign_for_due (appeal_id, due) values (?, ?)
				on conflict (appeal_id) do update set due = excluded.due""")
			.params(appealId, java.sql.Timestamp.from(due))
			.update();
	}

}
