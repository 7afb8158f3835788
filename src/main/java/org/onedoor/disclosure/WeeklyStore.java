package org.onedoor.disclosure;

import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published, frozen weeks: read as they were published, never recomputed. */
@Component
class WeeklyStore {

	/** The published figures, in the order of the CSV and the Excel sheet. */
	static final List<String> PUBLISHED = List.of("received", "signed_for", "signed_on_time", "completed",
			"completed_on_time", "rated", "satisfied", "returned", "extended");

	private final JdbcClient jdbc;

	WeeklyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<IsoWeek> latest() {
		return jdbc.sql("select week from disclosure.published_week order by week_start desc limit 1")
			.query(String.class)
			.optional()
			.map(IsoWeek::parse);
	}

	List<IsoWeek> published(int limit) {
		return jdbc.sql("select week from disclosure.published_week order by week_start desc limit ?")
			.param(limit)
			.query(String.class)
			.list()
			.stream()
			.map(IsoWeek::parse)
			.toList();
	}

	Optional<PublishedWeek> find(IsoWeek week) {
		return jdbc.sql("select published_at, data_as_of from disclosure.published_week where week = ?")
			.param(week.toString())
			.query((rs, n) -> new PublishedWeek(week, rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
					figures(week), corrections(week)))
			.optional();
	}

	List<UnitFigures> figures(IsoWeek week) {
		return jdbc.sql("""
				select unit_id, unit_name, received, signed_for, signed_on_time, completed, completed_on_time, rated,
				       satisfied, returned, extended
				from disclosure.published_figure where week = ?""")
			.param(week.toString())
			.query((rs, n) -> new UnitFigures(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), 0, rs.getInt(10), rs.getInt(11), 0))
			.list()
			.stream()
			.sorted(Comparator.comparing(UnitFigures::unitName))
			.toList();
	}

	private List<PublishedWeek.Correction> corrections(IsoWeek week) {
		return jdbc.sql("""
				select week, unit_name, figure, old_value, new_value from disclosure.correction
				where published_in = ? order by week, unit_name, id""")
			.param(week.toString())
			.query((rs, n) -> new PublishedWeek.Correction(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getInt(4), rs.getInt(5)))
			.list();
	}

	boolean exists(IsoWeek week) {
		return jdbc.sql("select count(*) from disclosure.published_week where week = ?")
			.param(week.toString())
			.query(Integer.class)
			.single() > 0;
	}

	/** Claims the week: false when another node published it first. */
	boolean claim(IsoWeek week, Timestamp now, Timestamp dataAsOf, String node) {
		return jdbc.sql("""
				insert into disclosure.published_week (week, week_start, published_at, data_as_of, published_by)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(week.toString(), week.monday(), now, dataAsOf, node)
			.update() == 1;
	}

}
