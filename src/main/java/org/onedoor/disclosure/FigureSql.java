package org.onedoor.disclosure;

/**
 * The SQL that turns the appeals views into counts. Shared by the refresher (one cell), the
 * full rebuild (everything) and the batch commands (plain JDBC, no Spring), so every path
 * counts the same way. Days are Asia/Shanghai days.
 */
final class FigureSql {

	static final String DAY = "at time zone 'Asia/Shanghai')::date";

	static final String MEASURES = "received, signed_for, signed_on_time, completed, completed_on_time, rated, "
			+ "satisfied, resolved, returned, extended, reopened";

	private FigureSql() {
	}

	/**
	 * Per (unit, day) counts of the matters whose dates satisfy {@code timeFilter} (a condition on
	 * {@code %s}, the date column) and whose unit satisfies {@code unitFilter} (on {@code %s}, the unit column).
	 */
	static String unitMeasures(String timeFilter, String unitFilter) {
		String f = "appeals.appeal_facts f";
		return """
				select unit_id, day, sum(received) received, sum(signed_for) signed_for, sum(signed_on_time) signed_on_time,
				       sum(completed) completed, sum(completed_on_time) completed_on_time, sum(rated) rated,
				       sum(satisfied) satisfied, sum(resolved) resolved, sum(returned) returned, sum(extended) extended,
				       sum(reopened) reopened
				from (
				  select f.unit_id, (f.dispatched_at %1$s as day, 1 received, 0 signed_for, 0 signed_on_time, 0 completed,
				         0 completed_on_time, 0 rated, 0 satisfied, 0 resolved, 0 returned, 0 extended, 0 reopened
				  from %2$s where f.unit_id is not null and %3$s and %4$s
				  union all
				  select f.unit_id, (f.signed_for_at %1$s, 0, 1,
				         case when f.signed_for_at <= coalesce(d.due, f.dispatched_at + interval '1 day') then 1 else 0 end,
				         0, 0, 0, 0, 0, 0, 0, 0
				  from %2$s left join disclosure.sign_for_due d on d.appeal_id = f.appeal_id
				  where f.unit_id is not null and %5$s and %6$s
				  union all
				  select f.unit_id, (f.closed_at %1$s, 0, 0, 0, 1,
				         case when f.replied_at <= f.reply_deadline then 1 else 0 end, 0, 0,
				         case when f.rating is distinct from 'DISSATISFIED' then 1 else 0 end, 0, 0, 0
				  from %2$s where f.unit_id is not null and f.status = 'CLOSED' and %7$s and %8$s
				  union all
				  select f.unit_id, (f.rated_at %1$s, 0, 0, 0, 0, 0, 1,
				         case when f.rating in ('SATISFIED', 'FAIRLY_SATISFIED') then 1 else 0 end, 0, 0, 0, 0
				  from %2$s where f.unit_id is not null and f.rating is not null and %9$s and %10$s
				  union all
				  select s.unit_id, (s.occurred_at %1$s, 0, 0, 0, 0, 0, 0, 0, 0,
				         case when s.action = 'RETURN' then 1 else 0 end, case when s.action = 'APPROVE_EXTENSION' then 1 else 0 end,
				         case when s.action = 'REOPEN' then 1 else 0 end
				  from disclosure.unit_step s
				  where exists (select 1 from appeals.appeal_facts f where f.appeal_id = s.appeal_id) and %11$s and %12$s
				) m group by unit_id, day""".formatted(DAY, f,
				timeFilter.formatted("f.dispatched_at"), unitFilter.formatted("f.unit_id"),
				timeFilter.formatted("f.signed_for_at"), unitFilter.formatted("f.unit_id"),
				timeFilter.formatted("f.closed_at"), unitFilter.formatted("f.unit_id"),
				timeFilter.formatted("f.rated_at"), unitFilter.formatted("f.unit_id"),
				timeFilter.formatted("s.occurred_at"), unitFilter.formatted("s.unit_id"));
	}

	/** Per (day, channel, first-level category, county) volume: received by registration day, ratings by rating day. */
	static String volume(String timeFilter) {
		return """
				select day, channel, category, district, sum(received) received, sum(rated) rated, sum(satisfied) satisfied
				from (
				  select (f.registered_at %1$s as day, f.channel, coalesce(f.category_root, '-') category,
				         coalesce(substr(f.division_code, 1, 6), '000000') district, 1 received, 0 rated, 0 satisfied
				  from appeals.appeal_facts f where %2$s
				  union all
				  select (f.rated_at %1$s, f.channel, coalesce(f.category_root, '-'),
				         coalesce(substr(f.division_code, 1, 6), '000000'), 0, 1,
				         case when f.rating in ('SATISFIED', 'FAIRLY_SATISFIED') then 1 else 0 end
				  from appeals.appeal_facts f where f.rating is not null and %3$s
				) v group by day, channel, category, district""".formatted(DAY, timeFilter.formatted("f.registered_at"),
				timeFilter.formatted("f.rated_at"));
	}

	/** channel_day from volume_day, for the days matching {@code %s}. */
	static final String CHANNEL_DAYS = """
			insert into disclosure.channel_day (day, channel, received, rated, satisfied)
			select day, channel, sum(received), sum(rated), sum(satisfied) from disclosure.volume_day where %s
			group by day, channel""";

	/** The steps again from the appeals module's history, for a full rebuild. */
	static final String REFILL_STEPS = """
			insert into disclosure.unit_step (appeal_id, action, unit_id, occurred_at)
			select appeal_id, action, unit_id, occurred_at from appeals.appeal_steps where unit_id is not null
			on conflict do nothing""";

	/** Everything, for a full rebuild: replaces both tables in one statement each. */
	static String rebuildUnits() {
		return "insert into disclosure.unit_day (unit_id, day, " + MEASURES + ", refreshed_at) select *, now() from ("
				+ unitMeasures("%s is not null", "true") + ") r";
	}

	static String rebuildVolume() {
		return "insert into disclosure.volume_day (day, channel, category, district, received, rated, satisfied, refreshed_at) "
				+ "select *, now() from (" + volume("%s is not null") + ") r";
	}

}
