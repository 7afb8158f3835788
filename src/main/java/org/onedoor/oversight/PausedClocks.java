package org.onedoor.oversight;

import java.time.Duration;
import java.time.Instant;

import org.onedoor.calendar.WorkingCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock stands still while the citizen is asked for more (补充材料): no warning and no
 * overdue while paused; on resumption the deadline and every pending point move on by the office
 * time it stood still. Both steps may see their event twice and then change nothing.
 */
@Component
class PausedClocks {

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	PausedClocks(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@Transactional
	void pause(long appealId, Instant stoppedAt) {
		jdbc.sql("""
				update oversight.stage_clock set paused_at = ?, updated_at = now()
				where appeal_id = ? and open and paused_at is null""")
			.params(StageClocks.utc(stoppedAt), appealId)
			.update();
	}

	/** @param newDeadline the deadline appeals moved on; {@code null} to move the stored one by the same rule */
	@Transactional
	void resume(long appealId, Instant resumedAt, Instant newDeadline) {
		Paused row = jdbc.sql("""
				select unit_id, paused_at, deadline, round from oversight.stage_clock
				where appeal_id = ? and open and paused_at is not null for update""")
			.param(appealId)
			.query(Paused.class)
			.optional()
			.orElse(null);
		if (row == null) {
			return;
		}
		Duration stood = calendar.workingTimeBetween(row.pausedAt(), resumedAt, row.unitId());
		Instant deadline = newDeadline != null ? newDeadline : moved(row.deadline(), stood, row.unitId());
		jdbc.sql("update oversight.stage_clock set paused_at = null, deadline = ?, updated_at = now() where appeal_id = ?")
			.params(StageClocks.utc(deadline), appealId)
			.update();
		var pending = jdbc.sql("""
				select id, percent, due_at from oversight.alert where appeal_id = ? and round = ? and state = 'PENDING'""")
			.params(appealId, row.round())
			.query(Pending.class)
			.list();
		for (Pending point : pending) {
			Instant due = point.percent() == 100 ? deadline : moved(point.dueAt(), stood, row.unitId());
			jdbc.sql("update oversight.alert set due_at = ? where id = ?")
				.params(StageClocks.utc(due.isAfter(deadline) ? deadline : due), point.id())
				.update();
		}
	}

	private Instant moved(Instant instant, Duration stood, long unitId) {
		return stood.isNegative() || stood.isZero() ? instant : calendar.addWorkingTime(instant, stood, unitId);
	}

	private record Paused(long unitId, Instant pausedAt, Instant deadline, int round) {
	}

	private record Pending(long id, int percent, Instant dueAt) {
	}

}
