package org.onedoor.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
	 * the appeal is locked first; and every transaction marks its dirty cells in one statement in
	 * the refresher's order (day, kind, unit), so two appeals sharing cells never wait on each
	 * other in opposite orders (a deadlock).
	 */
	@Transactional
	void touch(long appealId, Long unitId, Instant at) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEAL_LOCK ^ appealId).query((rs, n) -> 1).list();
		jdbc.sql("""
				create temporary table if not exists touched_cell (kind char(1), unit_id bigint, day date)
				on commit delete rows""").update();
		jdbc.sql("insert into touched_cell select kind, unit_id, day from disclosure.appeal_cell where appeal_id = ?")
			.param(appealId).update();
		if (unitId != null && at != null) {
			jdbc.sql("insert into touched_cell values ('U', ?, ?)").params(unitId, day(at)).update();
		}
		jdbc.sql("delete from disclosure.appeal_cell where appeal_id = ?").param(appealId).update();
		jdbc.sql("""
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
				) c on conflict do nothing""").param("id", appealId).update();
		jdbc.sql("insert into touched_cell select kind, unit_id, day from disclosure.appeal_cell where appeal_id = ?")
			.param(appealId).update();
		jdbc.sql("""
				insert into disclosure.dirty_cell (kind, unit_id, day)
				select distinct kind, unit_id, day from touched_cell order by day, kind, unit_id
				on conflict do nothing""").update();
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
