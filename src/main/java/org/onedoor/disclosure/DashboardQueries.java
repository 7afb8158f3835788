package org.onedoor.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The leaders' dashboards, from the maintained day counts (and, for what is late now, the open appeals). */
@Component
class DashboardQueries {

	/** A series of values by period (a month, a week) and by key (a channel, a district ...). */
	record Grid(List<String> periods, Map<String, Map<String, Long>> byKey) {

		public long get(String key, String period) {
			return byKey.getOrDefault(key, Map.of()).getOrDefault(period, 0L);
		}

	}

	/** A unit with what is late: open now past the deadline, and completed late in the period. */
	record Overdue(long unitId, String unitName, long openOverdue, long completedLate) {
	}

	/** A month of ratings. */
	record Satisfaction(String month, long rated, long satisfied, Double rate) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	private final UnitNames names;

	DashboardQueries(JdbcClient jdbc, Directory directory, UnitNames names) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.names = names;
	}

	/** Received per month by {@code dimension} (channel, category or district). */
	Grid monthly(String dimension, LocalDate from, LocalDate to) {
		String column = switch (dimension) {
			case "channel" -> "channel";
			case "category" -> "coalesce(r.name, v.category)";
			default -> "v.district";
		};
		Map<String, Map<String, Long>> byKey = new TreeMap<>();
		java.util.SortedSet<String> periods = new java.util.TreeSet<>();
		jdbc.sql("""
				select to_char(v.day, 'YYYY-MM') m, %s k, sum(v.received) n
				from disclosure.volume_day v left join appeals.category_roots r on r.code = v.category
				where v.day between ? and ? group by 1, 2""".formatted(column))
			.params(from, to)
			.query((rs, n) -> {
				String key = "district".equals(dimension) ? district(rs.getString(2)) : rs.getString(2);
				periods.add(rs.getString(1));
				byKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(rs.getString(1), rs.getLong(3), Long::sum);
				return null;
			})
			.list();
		return new Grid(List.copyOf(periods), byKey);
	}

	private String district(String code) {
		if (code == null || code.equals("000000")) {
			return "—";
		}
		return directory.findDivision(code + "000000").map(Division::name).orElse(code);
	}

	/** Online channels' share of received appeals per month, in percent. */
	Map<String, Double> onlineShare(LocalDate from, LocalDate to) {
		Map<String, Double> share = new LinkedHashMap<>();
		jdbc.sql("""
				select to_char(day, 'YYYY-MM'), sum(received), sum(received) filter (where channel = any (?))
				from disclosure.channel_day where day between ? and ? group by 1 order by 1""")
			.params(HeadlineQueries.ONLINE.toArray(String[]::new), from, to)
			.query((rs, n) -> share.put(rs.getString(1), UnitFigures.rate((int) rs.getLong(3), (int) rs.getLong(2))))
			.list();
		return share;
	}

	List<Satisfaction> satisfaction(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select to_char(day, 'YYYY-MM'), sum(rated), sum(satisfied)
				from disclosure.channel_day where day between ? and ? group by 1 order by 1""")
			.params(from, to)
			.query((rs, n) -> new Satisfaction(rs.getString(1), rs.getLong(2), rs.getLong(3),
					UnitFigures.rate((int) rs.getLong(3), (int) rs.getLong(2))))
			.list();
	}

	/** The ten units with the most late work: open past the deadline now, then completed late in the period. */
	List<Overdue> mostOverdue(LocalDate from, LocalDate to) {
		Map<Long, Long> open = new LinkedHashMap<>();
		jdbc.sql("""
				select unit_id, count(*) from appeals.appeal_facts
				where status in ('DISPATCHED', 'SIGNED_FOR') and stage_deadline < now() and unit_id is not null
				group by unit_id""")
			.query((rs, n) -> open.put(rs.getLong(1), rs.getLong(2)))
			.list();
		Map<Long, Long> late = new LinkedHashMap<>();
		jdbc.sql("""
				select unit_id, sum(completed - completed_on_time) from disclosure.unit_day
				where day between ? and ? group by unit_id""")
			.params(from, to)
			.query((rs, n) -> late.put(rs.getLong(1), rs.getLong(2)))
			.list();
		java.util.Set<Long> units = new java.util.HashSet<>(open.keySet());
		units.addAll(late.keySet());
		return units.stream()
			.map(id -> new Overdue(id, names.name(id), open.getOrDefault(id, 0L), late.getOrDefault(id, 0L)))
			.filter(o -> o.openOverdue() + o.completedLate() > 0)
			.sorted(java.util.Comparator.comparingLong((Overdue o) -> o.openOverdue() + o.completedLate()).reversed())
			.limit(10)
			.toList();
	}

}
