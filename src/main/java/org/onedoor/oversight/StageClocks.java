package org.onedoor.oversight;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.directory.Directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps oversight's copy of each appeal's open unit stage and its warning points. Every method
 * may see the same event twice (the event publication registry redelivers after a crash), so
 * each one is written to leave the same state when repeated.
 */
@Component
class StageClocks {

	enum Stage {
		DISPATCH, SIGN_FOR, REPLY
	}

	/** What the board filters on, copied from the appeal when its stage starts. */
	record Subject(String divisionCode, String categoryCode, String channel, String title) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final WarningPoints points;

	private final Directory directory;

	StageClocks(JdbcClient jdbc, WorkingCalendar calendar, Directory directory,
			@Value("${onedoor.oversight.warning-points:60,80}") List<Integer> percents) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.directory = directory;
		this.points = new WarningPoints(percents);
	}

	/** A new unit stage begins: a new round of warning points; those of the earlier stage are void. */
	@Transactional
	void start(long appealId, String trackingNumber, Stage stage, long unitId, Long responsibleAccountId,
			Instant startedAt, Instant deadline) {
		int changed = jdbc.sql("""
				insert into oversight.stage_clock(appeal_id, tracking_number, round, stage, unit_id,
				    responsible_account_id, started_at, deadline, open, overdue_since, updated_at)
				values (:id, :tn, 1, :stage, :unit, :responsible, :started, :deadline, true, null, now())
				on conflict (appeal_id) do update set round = oversight.stage_clock.round + 1,
				    stage = excluded.stage, unit_id = excluded.unit_id,
				    responsible_account_id = excluded.responsible_account_id, started_at = excluded.started_at,
				    deadline = excluded.deadline, open = true, overdue_since = null, paused_at = null, updated_at = now()
				where (oversight.stage_clock.stage, oversight.stage_clock.started_at, oversight.stage_clock.unit_id)
				    is distinct from (excluded.stage, excluded.started_at, excluded.unit_id)
				  and excluded.started_at >= oversight.stage_clock.started_at""")
			.param("id", appealId)
			.param("tn", trackingNumber)
			.param("stage", stage.name())
			.param("unit", unitId)
			.param("responsible", responsibleAccountId)
			.param("started", utc(startedAt))
			.param("deadline", utc(deadline))
			.update();
		if (changed == 0) {
			return; // the same event again, or one of an earlier stage delivered late
		}
		cancelEarlierRounds(appealId);
		schedule(appealId, unitId, startedAt, deadline);
		// until the appeal's own place is known, the board scopes the stage by the unit's division
		directory.findUnit(unitId)
			.ifPresent(unit -> jdbc.sql("""
					update oversight.stage_clock set division_code = coalesce(division_code, ?) where appeal_id = ?""")
				.params(unit.divisionCode(), appealId)
				.update());
	}

	/** Records what the appeal is about; unknown appeals (none in appeals) keep empty columns. */
	void describe(long appealId, Subject subject) {
		jdbc.sql("""
				update oversight.stage_clock set division_code = ?, category_code = ?, channel = ?, title = ?
				where appeal_id = ?""")
			.params(subject.divisionCode(), subject.categoryCode(), subject.channel(), subject.title(), appealId)
			.update();
	}

	/**
	 * 延期: the pending points move with the new deadline. When the stage was already overdue, the
	 * extension opens a fresh round, so the unit is warned again before the new deadline.
	 */
	@Transactional
	void extend(long appealId, Instant newDeadline) {
		Clock row = jdbc.sql("""
				select unit_id, started_at, deadline, overdue_since is not null as overdue
				from oversight.stage_clock where appeal_id = ? and open and stage = 'REPLY' for update""")
			.param(appealId)
			.query(Clock.class)
			.optional()
			.orElse(null);
		if (row == null || row.deadline().equals(newDeadline)) {
			return;
		}
		if (row.overdue()) {
			jdbc.sql("""
					update oversight.stage_clock set round = round + 1, deadline = ?, overdue_since = null,
					    updated_at = now() where appeal_id = ?""")
				.params(utc(newDeadline), appealId)
				.update();
			cancelEarlierRounds(appealId);
			schedule(appealId, row.unitId(), row.startedAt(), newDeadline);
			return;
		}
		jdbc.sql("update oversight.stage_clock set deadline = ?, updated_at = now() where appeal_id = ?")
			.params(utc(newDeadline), appealId)
			.update();
		for (WarningPoints.Point point : points.between(row.startedAt(), newDeadline, timeLine(row.unitId()))) {
			jdbc.sql("""
					update oversight.alert a set due_at = ? from oversight.stage_clock c
					where c.appeal_id = a.appeal_id and a.round = c.round and a.appeal_id = ? and a.percent = ?
					  and a.state = 'PENDING'""")
				.params(utc(point.dueAt()), appealId, point.percent())
				.update();
		}
	}

	/** The unit stage ended (replied, returned, closed, declined, reopened): nothing more to warn about. */
	@Transactional
	void stop(long appealId) {
		jdbc.sql("update oversight.stage_clock set open = false, updated_at = now() where appeal_id = ? and open")
			.param(appealId)
			.update();
		jdbc.sql("update oversight.alert set state = 'CANCELLED' where appeal_id = ? and state = 'PENDING'")
			.param(appealId)
			.update();
	}

	private record Clock(long unitId, Instant startedAt, Instant deadline, boolean overdue) {
	}

	private void cancelEarlierRounds(long appealId) {
		jdbc.sql("""
				update oversight.alert a set state = 'CANCELLED' from oversight.stage_clock c
				where c.appeal_id = a.appeal_id and a.appeal_id = ? and a.round < c.round and a.state = 'PENDING'""")
			.param(appealId)
			.update();
	}

	private void schedule(long appealId, long unitId, Instant start, Instant deadline) {
		for (WarningPoints.Point point : points.between(start, deadline, timeLine(unitId))) {
			jdbc.sql("""
					insert into oversight.alert(appeal_id, round, percent, due_at)
					select appeal_id, round, ?, ? from oversight.stage_clock where appeal_id = ?
					on conflict (appeal_id, round, percent) do nothing""")
				.params(point.percent(), utc(point.dueAt()), appealId)
				.update();
		}
	}

	private WarningPoints.TimeLine timeLine(long unitId) {
		return new WarningPoints.TimeLine() {

			@Override
			public java.time.Duration between(Instant from, Instant to) {
				return calendar.workingTimeBetween(from, to, unitId);
			}

			@Override
			public Instant plus(Instant from, java.time.Duration amount) {
				return calendar.addWorkingTime(from, amount, unitId);
			}

		};
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
