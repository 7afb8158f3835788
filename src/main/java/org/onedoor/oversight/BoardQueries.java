package org.onedoor.oversight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.directory.DivisionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supervisor board's figures, from oversight's own stage clocks: open stages about to go late
 * (deadline within the next working hours), late ones, and the same counted per unit and per
 * responsible person. Stages waiting for the citizen are left out: their clock stands still.
 */
@Component
class BoardQueries {

	static final int LIST_LIMIT = 300;

	/** Who the board is for: a division (significant digits) or one unit. */
	record Scope(String divisionPrefix, Long unitId) {

		static Scope division(String divisionCode) {
			return new Scope(new DivisionCode(divisionCode).significant(), null);
		}

		static Scope unit(long unitId) {
			return new Scope(null, unitId);
		}

	}

	record Row(long appealId, String trackingNumber, String title, String stage, long unitId,
			Long responsibleAccountId, Instant deadline, String channel, String categoryCode, String orderLevel) {

		public LocalDateTime deadlineLocal() {
			return deadline.atZone(WarningNotices.CHINA).toLocalDateTime();
		}

	}

	record Count(Long key, int soon, int late) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	BoardQueries(JdbcClient jdbc, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The instant {@code hours} office hours from now: the edge of "about to go late". */
	Instant horizon(Instant now, int hours) {
		return calendar.addWorkingTime(now, Duration.ofHours(hours), null);
	}

	List<Row> soon(Scope scope, BoardFilter filter, Long unitId, Instant now) {
		return rows(scope, filter, unitId, "c.deadline > :now and c.deadline <= :horizon", now);
	}

	List<Row> late(Scope scope, BoardFilter filter, Long unitId, Instant now) {
		return rows(scope, filter, unitId, "c.deadline <= :now", now);
	}

	/** Per unit ({@code unit_id}) or per person ({@code responsible_account_id}): soon and late. */
	List<Count> counts(String by, Scope scope, BoardFilter filter, Long unitId, Instant now) {
		String column = by.equals("person") ? "c.responsible_account_id" : "c.unit_id";
		return bind(jdbc.sql("""
				select %1$s as key,
				    count(*) filter (where c.deadline > :now and c.deadline <= :horizon) as soon,
				    count(*) filter (where c.deadline <= :now) as late
				from oversight.stage_clock c
				where %2$s and c.deadline <= :horizon and %1$s is not null
				group by 1 order by 3 desc, 2 desc limit 100""".formatted(column, where(scope, filter, unitId))), scope,
				filter, unitId, now)
			.query(Count.class)
			.list();
	}

	private List<Row> rows(Scope scope, BoardFilter filter, Long unitId, String when, Instant now) {
		return bind(jdbc.sql("""
				select c.appeal_id, c.tracking_number, c.title, c.stage, c.unit_id, c.responsible_account_id, c.deadline,
				    c.channel, c.category_code,
				    (select case when bool_or(o.level = 'RED') then 'RED' else min(o.level) end from oversight.supervision_order o
				        join oversight.supervision_order_appeal oa on oa.order_id = o.id
				        where oa.appeal_id = c.appeal_id and o.state <> 'ACCEPTED') as order_level
				from oversight.stage_clock c where %s and %s
				order by c.deadline limit :limit""".formatted(where(scope, filter, unitId), when)), scope, filter, unitId, now)
			.param("limit", LIST_LIMIT)
			.query(Row.class)
			.list();
	}

	private static String where(Scope scope, BoardFilter filter, Long unitId) {
		StringBuilder where = new StringBuilder("c.open and c.paused_at is null");
		where.append(scope.unitId() != null ? " and c.unit_id = :scopeUnit" : " and c.division_code like :scopePrefix");
		if (unitId != null) {
			where.append(" and c.unit_id = :unit");
		}
		if (filter.division() != null) {
			where.append(" and c.division_code like :division");
		}
		if (filter.category() != null) {
			where.append(" and c.category_code = :category");
		}
		if (filter.stage() != null) {
			where.append(" and c.stage = :stage");
		}
		if (filter.channel() != null) {
			where.append(" and c.channel = :channel");
		}
		if (filter.level() != null) {
			where.append(filter.level().equals("NONE") ? " and not exists" : " and exists").append(" ").append("""
					(select 1 from oversight.supervision_order o join oversight.supervision_order_appeal oa on oa.order_id = o.id
					  where oa.appeal_id = c.appeal_id and o.state <> 'ACCEPTED'""")
				.append(filter.level().equals("NONE") ? ")" : " and o.level = :level)");
		}
		return where.toString();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, BoardFilter filter, Long unitId,
			Instant now) {
		spec = spec.param("now", StageClocks.utc(now)).param("horizon", StageClocks.utc(horizon(now, filter.hours())));
		spec = scope.unitId() != null ? spec.param("scopeUnit", scope.unitId())
				: spec.param("scopePrefix", scope.divisionPrefix() + "%");
		if (unitId != null) {
			spec = spec.param("unit", unitId);
		}
		if (filter.division() != null) {
			spec = spec.param("division", new DivisionCode(filter.division()).significant() + "%");
		}
		spec = filter.category() == null ? spec : spec.param("category", filter.category());
		spec = filter.stage() == null ? spec : spec.param("stage", filter.stage());
		spec = filter.channel() == null ? spec : spec.param("channel", filter.channel());
		return filter.level() == null || filter.level().equals("NONE") ? spec : spec.param("level", filter.level());
	}

}
