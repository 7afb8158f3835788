package org.onedoor.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff lists: dispatcher queue, unit inbox, unit head's counts, an appeal's timeline. */
@Repository
class WorkQueries {

	static final int PAGE = 100;

	private static final String ROW = """
			select a.id, a.tracking_number, a.title, a.type, a.channel, a.urgency, a.status, a.registered_at,
			       case a.status when 'REGISTERED' then a.registered_at when 'ACCEPTED' then a.accepted_at
			            when 'DISPATCHED' then a.dispatched_at when 'REPLIED' then a.replied_at
			            else a.signed_for_at end as stage_started_at,
			       a.stage_deadline, a.lead_unit_id, a.responsible_name, a.returns, a.extension_requested
			from appeals.appeal a
			""";

	private final JdbcClient jdbc;

	WorkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of the dispatcher queue; blank means any. */
	record QueueFilter(String status, String channel, String type, String urgency, String text) {
	}

	/**
	 * Registered and accepted appeals (returned ones included) of the division, and appeals with
	 * an extension request waiting for a decision; most urgent deadline first.
	 */
	List<CaseRow> queue(String divisionCode, QueueFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", DivisionPrefix.of(divisionCode) + "%");
		params.put("status", blank(filter.status()));
		params.put("channel", blank(filter.channel()));
		params.put("type", blank(filter.type()));
		params.put("urgency", blank(filter.urgency()));
		params.put("text", blank(filter.text()) == null ? "" : "%" + filter.text().strip() + "%");
		return jdbc.sql(ROW + """
				where (a.status in ('REGISTERED', 'ACCEPTED') or (a.status = 'SIGNED_FOR' and a.extension_requested))
				  and (a.division_code is null or a.division_code like :prefix)
				  and (cast(:status as varchar) is null or a.status = :status
				       or (:status = 'RETURNED' and a.status = 'ACCEPTED' and a.returns > 0)
				       or (:status = 'EXTENSION' and a.extension_requested))
				  and (cast(:channel as varchar) is null or a.channel = :channel)
				  and (cast(:type as varchar) is null or a.type = :type)
				  and (cast(:urgency as varchar) is null or a.urgency = :urgency)
				  and (:text = '' or a.title like :text or a.tracking_number like upper(:text))
				order by a.urgency = 'URGENT' desc, a.stage_deadline nulls last, a.id
				""" + " limit " + PAGE).params(params).query(WorkQueries::row).list();
	}

	/** The unit's appeals (as lead or co-unit) that are still in its hands or just replied. */
	List<CaseRow> inbox(long unitId, Long onlyResponsible, String status) {
		Map<String, Object> params = new HashMap<>();
		params.put("unit", unitId);
		params.put("responsible", onlyResponsible);
		params.put("status", blank(status));
		return jdbc.sql(ROW + """
				where (a.lead_unit_id = :unit or exists (select 1 from appeals.co_unit c where c.appeal_id = a.id and c.unit_id = :unit))
				  and a.status in ('DISPATCHED', 'SIGNED_FOR', 'WAITING_FOR_CITIZEN', 'REPLIED')
				  and (cast(:responsible as bigint) is null or a.responsible_account_id = :responsible)
				  and (cast(:status as varchar) is null or a.status = :status)
				order by a.status = 'REPLIED', a.stage_deadline nulls last, a.id
				""" + " limit " + PAGE).params(params).query(WorkQueries::row).list();
	}

	/** Count of the unit's appeals as lead unit, by status, and how many of the open ones are late. */
	record StatusCount(AppealStatus status, long total, long late) {
	}

	List<StatusCount> countsByStatus(long unitId, Instant now) {
		return jdbc.sql("""
				select status, count(*) as total,
				       count(*) filter (where stage_deadline < ? and status in ('DISPATCHED', 'SIGNED_FOR')) as late
				from appeals.appeal where lead_unit_id = ? group by status order by status""")
			.params(Timestamp.from(now), unitId)
			.query((rs, n) -> new StatusCount(AppealStatus.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/** Per responsible person: in hand, overdue, replied, replied late. */
	record PersonCount(String name, long inHand, long overdue, long replied, long repliedLate) {
	}

	List<PersonCount> countsByPerson(long unitId, Instant now) {
		return jdbc.sql("""
				select responsible_name,
				       count(*) filter (where status in ('SIGNED_FOR', 'WAITING_FOR_CITIZEN')),
				       count(*) filter (where status = 'SIGNED_FOR' and reply_deadline < ?),
				       count(*) filter (where replied_at is not null),
				       count(*) filter (where replied_at > reply_deadline)
				from appeals.appeal where lead_unit_id = ? and responsible_name is not null
				group by responsible_name order by responsible_name""")
			.params(Timestamp.from(now), unitId)
			.query((rs, n) -> new PersonCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/** One line of the full timeline: who, when, why. */
	record Step(Instant at, String action, AppealStatus from, AppealStatus to, String actor, Long unitId, String reason,
			boolean publicStep) {
	}

	List<Step> timeline(long appealId) {
		return jdbc.sql("""
				select occurred_at, action, from_status, to_status, actor, unit_id, reason, public
				from appeals.appeal_transition where appeal_id = ? order by id""")
			.param(appealId)
			.query((rs, n) -> new Step(CaseStore.instant(rs, "occurred_at"), rs.getString("action"),
					status(rs.getString("from_status")), status(rs.getString("to_status")), rs.getString("actor"),
					(Long) rs.getObject("unit_id"), rs.getString("reason"), rs.getBoolean("public")))
			.list();
	}

	private static AppealStatus status(String name) {
		return name == null ? null : AppealStatus.valueOf(name);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static CaseRow row(ResultSet rs, int n) throws SQLException {
		return new CaseRow(rs.getLong("id"), new TrackingNumber(rs.getString("tracking_number")), rs.getString("title"),
				AppealType.valueOf(rs.getString("type")), Channel.valueOf(rs.getString("channel")),
				Urgency.valueOf(rs.getString("urgency")), AppealStatus.valueOf(rs.getString("status")),
				CaseStore.instant(rs, "registered_at"), CaseStore.instant(rs, "stage_started_at"),
				CaseStore.instant(rs, "stage_deadline"), (Long) rs.getObject("lead_unit_id"),
				rs.getString("responsible_name"), rs.getInt("returns"), rs.getBoolean("extension_requested"), null);
	}

}
