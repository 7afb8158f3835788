package org.onedoor.appeals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The kept hot topics ({@code appeals.hot_topic}), their decisions, responses and notices. */
@Component
class HotTopicStore {

	private final JdbcClient jdbc;

	HotTopicStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A kept topic as the pages show it. */
	record Kept(long id, LocalDate windowFrom, LocalDate windowTo, String divisionPrefix, String title, String place,
			Instant firstAt, Instant lastAt, int appeals, int citizens, int previousCitizens, int supports, int merged,
			List<Long> appealIds, boolean alert, Instant alertedAt, String decision, String decisionUnitCode,
			LocalDate decisionDate, String decidedBy, String response, Instant respondedAt) {

		/** Growth against the window before, e.g. 3.0 for three times as many citizens; null for a new topic. */
		public Double growth() {
			return previousCitizens == 0 ? null : Math.round(10.0 * citizens / previousCitizens) / 10.0;
		}

	}

	/**
	 * Stores (or refreshes) a found topic; the alert, once raised, stays raised with its first time.
	 * @return the row and whether this call raised its alert (true for one caller only, on any node)
	 */
	Saved save(HotTopicWindow window, String prefix, HotTopicFinder.Found f, boolean alert, Instant now) {
		long id = jdbc.sql("""
				insert into appeals.hot_topic as h (window_from, window_to, division_prefix, anchor_appeal_id, title, place,
				    first_at, last_at, appeals, citizens, previous_citizens, supports, merged, appeal_ids, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::bigint[], ?)
				on conflict (window_from, window_to, division_prefix, anchor_appeal_id) do update set
				    title = excluded.title, place = excluded.place, first_at = excluded.first_at, last_at = excluded.last_at,
				    appeals = excluded.appeals, citizens = excluded.citizens, previous_citizens = excluded.previous_citizens,
				    supports = excluded.supports, merged = excluded.merged, appeal_ids = excluded.appeal_ids,
				    updated_at = excluded.updated_at
				returning id""")
			.params(window.from(), window.to(), prefix, f.anchorId(), cut(f.title(), 200), cut(f.place(), 300),
					Timestamp.from(f.firstAt()), Timestamp.from(f.lastAt()), f.appeals(), f.citizens(),
					f.previousCitizens(), f.supports(), f.merged(), ids(f.appealIds()), Timestamp.from(now))
			.query(Long.class)
			.single();
		boolean raised = alert && jdbc.sql("update appeals.hot_topic set alert = true, alerted_at = ? where id = ? and not alert")
			.params(Timestamp.from(now), id)
			.update() == 1;
		return new Saved(id, raised);
	}

	record Saved(long id, boolean alertRaised) {
	}

	Optional<Kept> find(long id) {
		return jdbc.sql("select * from appeals.hot_topic where id = ?").param(id).query((rs, n) -> kept(rs)).optional();
	}

	List<Kept> find(List<Long> ids) {
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	/** Alerts raised since {@code since} for topics within the division prefix. */
	List<Kept> alerts(String prefix, Instant since) {
		return jdbc.sql("""
				select * from appeals.hot_topic where alert and alerted_at >= ? and division_prefix like ?
				order by alerted_at desc, id limit 10""")
			.params(Timestamp.from(since), prefix + "%")
			.query((rs, n) -> kept(rs))
			.list();
	}

	void decide(long id, String decision, String unitCode, LocalDate date, String by, Instant at) {
		jdbc.sql("""
				update appeals.hot_topic set decision = ?, decision_unit_code = ?, decision_date = ?, decided_by = ?,
				    decided_at = ? where id = ?""")
			.params(decision, unitCode, date, by, Timestamp.from(at), id)
			.update();
	}

	/** @return false when the response had already been published (by someone else meanwhile) */
	boolean respond(long id, String response, String by, Instant at) {
		return jdbc.sql("""
				update appeals.hot_topic set response = ?, responded_by = ?, responded_at = ?
				where id = ? and response is null""")
			.params(response, by, Timestamp.from(at), id)
			.update() == 1;
	}

	/** The topic's appeals and the appeals merged into them since it was found: everyone who raised it. */
	List<Long> everyAppeal(Kept topic) {
		return jdbc.sql("""
				select id from appeals.appeal where id = any(?::bigint[])
				union select id from appeals.appeal where merged_into_id = any(?::bigint[]) order by 1""")
			.params(ids(topic.appealIds()), ids(topic.appealIds()))
			.query(Long.class)
			.list();
	}

	/** One appeal of a topic as its page lists it. */
	record Listed(long id, String number, String title, Instant registeredAt, AppealStatus status, boolean merged) {
	}

	List<Listed> appeals(List<Long> ids) {
		return jdbc.sql("""
				select id, tracking_number, title, registered_at, status, merged_into_id is not null
				from appeals.appeal where id = any(?::bigint[]) order by registered_at, id""")
			.param(ids(ids))
			.query((rs, n) -> new Listed(rs.getLong(1), new TrackingNumber(rs.getString(2)).display(), rs.getString(3),
					rs.getTimestamp(4).toInstant(), AppealStatus.valueOf(rs.getString(5)), rs.getBoolean(6)))
			.list();
	}

	void noticeSent(long topicId, long appealId, Instant at) {
		jdbc.sql("insert into appeals.hot_topic_notice (topic_id, appeal_id, sent_at) values (?, ?, ?) on conflict do nothing")
			.params(topicId, appealId, Timestamp.from(at))
			.update();
	}

	/** A response as the citizen's tracking page shows it. */
	record Response(String title, String decisionUnitCode, String response, Instant respondedAt) {
	}

	List<Response> responsesFor(long appealId) {
		return jdbc.sql("""
				select h.title, h.decision_unit_code, h.response, h.responded_at from appeals.hot_topic_notice n
				join appeals.hot_topic h on h.id = n.topic_id where n.appeal_id = ? order by h.responded_at""")
			.param(appealId)
			.query((rs, n) -> new Response(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** @return true for the one caller (node) that claims the week; the key keeps it to one */
	boolean claimWeek(LocalDate weekStart, Instant now) {
		return jdbc.sql("""
				insert into appeals.hot_topic_week (week_start, computed_at, topics) values (?, ?, 0)
				on conflict do nothing""")
			.params(weekStart, Timestamp.from(now))
			.update() == 1;
	}

	void weekDone(LocalDate weekStart, int topics) {
		jdbc.sql("update appeals.hot_topic_week set topics = ? where week_start = ?").params(topics, weekStart).update();
	}

	/** The 4-digit (city) prefixes that had appeals in the window, for the weekly job. */
	List<String> cities(Instant from, Instant to) {
		return jdbc.sql("""
				select distinct left(division_code, 4) from appeals.appeal
				where registered_at >= ? and registered_at < ? and division_code is not null order by 1""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(String.class)
			.list();
	}

	private static Kept kept(ResultSet rs) throws SQLException {
		return new Kept(rs.getLong("id"), rs.getObject("window_from", LocalDate.class),
				rs.getObject("window_to", LocalDate.class), rs.getString("division_prefix"), rs.getString("title"),
				rs.getString("place"), rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant(),
				rs.getInt("appeals"), rs.getInt("citizens"), rs.getInt("previous_citizens"), rs.getInt("supports"),
				rs.getInt("merged"), longs(rs.getArray("appeal_ids")), rs.getBoolean("alert"), instant(rs, "alerted_at"),
				rs.getString("decision"), rs.getString("decision_unit_code"), rs.getObject("decision_date", LocalDate.class),
				rs.getString("decided_by"), rs.getString("response"), instant(rs, "responded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static List<Long> longs(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}

	private static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
