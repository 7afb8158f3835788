package org.onedoor.disclosure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the public last read for each unit of a frozen week: the published figures with every
 * correction noted since applied in order. A figure that differs from today's count is a new
 * correction; one already noted is not noted again.
 */
final class Corrections {

	private final Map<Long, int[]> known = new HashMap<>();

	private final Map<Long, String> names = new HashMap<>();

	private final Set<Long> seen = new HashSet<>();

	private Corrections() {
	}

	static Corrections known(JdbcClient jdbc, IsoWeek week) {
		Corrections c = new Corrections();
		for (UnitFigures u : new WeeklyStore(jdbc).figures(week)) {
			c.known.put(u.unitId(), values(u));
			c.names.put(u.unitId(), u.unitName());
		}
		jdbc.sql("select unit_id, unit_name, figure, new_value from disclosure.correction where week = ? order by id")
			.param(week.toString())
			.query((rs, n) -> {
				int[] values = c.known.computeIfAbsent(rs.getLong(1), id -> new int[WeeklyStore.PUBLISHED.size()]);
				c.names.putIfAbsent(rs.getLong(1), rs.getString(2));
				values[WeeklyStore.PUBLISHED.indexOf(rs.getString(3))] = rs.getInt(4);
				return null;
			})
			.list();
		return c;
	}

	static int[] values(UnitFigures u) {
		return new int[] { u.received(), u.signedFor(), u.signedOnTime(), u.completed(), u.completedOnTime(), u.rated(),
				u.satisfied(), u.returned(), u.extended() };
	}

	void seen(long unitId) {
		seen.add(unitId);
	}

	List<Long> unseen() {
		return known.keySet().stream().filter(id -> !seen.contains(id)).toList();
	}

	String name(long unitId) {
		return names.getOrDefault(unitId, "#" + unitId);
	}

	/** Notes each figure of the unit that differs from what was last published; returns how many. */
	int record(JdbcClient jdbc, IsoWeek publishing, IsoWeek week, long unitId, String unitName, int[] now) {
		int[] before = known.getOrDefault(unitId, new int[now.length]);
		int noted = 0;
		for (int i = 0; i < now.length; i++) {
			if (before[i] != now[i]) {
				jdbc.sql("""
						insert into disclosure.correction (published_in, week, unit_id, unit_name, figure, old_value, new_value)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(publishing.toString(), week.toString(), unitId, unitName, WeeklyStore.PUBLISHED.get(i),
							before[i], now[i])
					.update();
				noted++;
			}
		}
		return noted;
	}

}
