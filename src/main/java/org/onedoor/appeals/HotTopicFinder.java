package org.onedoor.appeals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.onedoor.appeals.intel.HotTopic;
import org.onedoor.appeals.intel.HotspotGrouping;
import org.onedoor.appeals.intel.HotspotMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the hot topics of a window within a division: the window's and the previous window's
 * appeals are grouped together (so growth compares the same matter), an appeal merged into
 * another joins its primary's group, and each group is counted in citizens, appeals, support
 * (附议 on the message board) and merged duplicates. Only groups with at least two appeals in
 * the window are topics.
 */
@Component
class HotTopicFinder {

	private static final ZoneId CHINA = RegisterAppeal.CHINA;

	private final JdbcClient jdbc;

	private final DuplicateIndex index;

	HotTopicFinder(JdbcClient jdbc, DuplicateIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** One appeal as the grouping sees it. */
	record Row(long id, String title, String content, Instant at, Long mergedInto, String who, String address,
			int supports) {
	}

	/**
	 * A group found in the window. {@code anchorId} is its earliest appeal in the window;
	 * {@code appealIds} are all its appeals, the previous window's too, oldest first.
	 */
	record Found(long anchorId, String title, String place, Instant firstAt, Instant lastAt, int appeals, int citizens,
			int previousCitizens, int supports, int merged, List<Long> appealIds) {
	}

	List<Found> find(HotTopicWindow window, String divisionPrefix) {
		Instant previousFrom = window.previous().from().atStartOfDay(CHINA).toInstant();
		Instant from = window.from().atStartOfDay(CHINA).toInstant();
		Instant to = window.to().atStartOfDay(CHINA).toInstant();
		List<Row> rows = rows(previousFrom, to, divisionPrefix);
		Map<Long, Row> byId = new LinkedHashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		// merged appeals follow their primary; only primaries (or strays whose primary is elsewhere) are grouped
		Map<Long, List<Row>> followers = new HashMap<>();
		List<HotspotMessage> messages = new ArrayList<>();
		for (Row r : rows) {
			if (r.mergedInto() != null && byId.containsKey(r.mergedInto())) {
				followers.computeIfAbsent(r.mergedInto(), k -> new ArrayList<>()).add(r);
			}
			else {
				messages.add(new HotspotMessage(String.valueOf(r.id()), r.who(), r.title(), r.content(),
						LocalDateTime.ofInstant(r.at(), CHINA), r.supports()));
			}
		}
		List<HotTopic> groups = new HotspotGrouping(index.text()).group(messages);
		List<Found> found = new ArrayList<>();
		for (HotTopic group : groups) {
			List<Row> members = new ArrayList<>();
			for (String id : group.messageIds()) {
				Row primary = byId.get(Long.parseLong(id));
				members.add(primary);
				members.addAll(followers.getOrDefault(primary.id(), List.of()));
			}
			members.sort(Comparator.comparing(Row::at).thenComparingLong(Row::id));
			List<Row> current = members.stream().filter(r -> !r.at().isBefore(from)).toList();
			if (current.size() >= 2) {
				found.add(describe(group, members, current));
			}
		}
		// many different citizens first, then the fastest growing, then the most supported
		found.sort(Comparator.comparingInt(Found::citizens)
			.thenComparingDouble(f -> (double) f.citizens() / Math.max(1, f.previousCitizens()))
			.thenComparingInt(Found::supports)
			.reversed()
			.thenComparingLong(Found::anchorId));
		return found;
	}

	private static Found describe(HotTopic group, List<Row> members, List<Row> current) {
		int citizens = (int) current.stream().map(Row::who).distinct().count();
		int previous = (int) members.stream().filter(r -> !current.contains(r)).map(Row::who).distinct().count();
		int supports = current.stream().mapToInt(Row::supports).sum();
		int merged = (int) current.stream().filter(r -> r.mergedInto() != null).count();
		String place = group.place() != null ? group.place()
				: current.stream().map(Row::address).filter(Objects::nonNull).findFirst().orElse(null);
		return new Found(current.stream().mapToLong(Row::id).min().orElseThrow(), group.title(), place,
				current.get(0).at(), current.get(current.size() - 1).at(), current.size(), citizens, previous, supports,
				merged, members.stream().map(Row::id).toList());
	}

	private List<Row> rows(Instant from, Instant to, String divisionPrefix) {
		return jdbc.sql("""
				select a.id, a.title, a.content, a.registered_at, a.merged_into_id, a.address,
				       coalesce('a' || a.citizen_account_id, 'm' || a.citizen_mobile, 'x' || a.id) as who,
				       (select count(*) from appeals.board_support s where s.appeal_id = a.id) as supports
				from appeals.appeal a
				where a.registered_at >= ? and a.registered_at < ? and a.status <> 'DECLINED'
				  and (a.division_code is null or a.division_code like ?)
				order by a.id""")
			.params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to), divisionPrefix + "%")
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("content"),
					rs.getTimestamp("registered_at").toInstant(), (Long) rs.getObject("merged_into_id"), rs.getString("who"),
					rs.getString("address"), rs.getInt("supports")))
			.list();
	}

}
