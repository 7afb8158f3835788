package org.onedoor.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;
import org.onedoor.directory.DivisionCode;
import org.onedoor.directory.DivisionLevel;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Coverage figures. How many townships and villages a division has comes from the directory
 * (reference data that only a migration changes, so it is kept in memory per division once
 * asked); how many of them have a point is one grouped SQL query over the points inside the
 * division's code range.
 */
@Repository
class CoverageQueries {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Map<String, Map<String, long[]>> totals = new ConcurrentHashMap<>();

	CoverageQueries(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	Coverage of(DivisionCode code) {
		Division division = directory.findDivision(code.value())
			.orElseThrow(() -> new NotFoundException("network.division.notFound", code.value()));
		List<Division> children = directory.children(code.value());
		int digits = children.isEmpty() ? 12 : DivisionCode.parse("code", children.get(0).code()).significant().length();
		Map<String, long[]> all = totals.computeIfAbsent(code.value() + "/" + digits, k -> count(code, digits));
		Map<String, long[]> covered = covered(code, digits);
		List<Coverage> rows = new ArrayList<>();
		long[] sum = new long[4];
		for (Division child : children) {
			String key = child.code().substring(0, digits);
			long[] t = all.getOrDefault(key, new long[2]);
			long[] c = covered.getOrDefault(key, new long[2]);
			rows.add(new Coverage(child.code(), child.name(), child.level(), t[0], c[0], t[1], c[1], List.of()));
		}
		for (long[] t : all.values()) {
			sum[0] += t[0];
			sum[2] += t[1];
		}
		for (long[] c : covered.values()) {
			sum[1] += c[0];
			sum[3] += c[1];
		}
		return new Coverage(division.code(), division.fullName(), division.level(), sum[0], sum[1], sum[2], sum[3], rows);
	}

	/** Townships and villages per child prefix of {@code digits} digits. */
	private Map<String, long[]> count(DivisionCode code, int digits) {
		Map<String, long[]> counts = new HashMap<>();
		for (Division township : directory.divisionsWithin(code.value(), DivisionLevel.TOWNSHIP)) {
			counts.computeIfAbsent(township.code().substring(0, digits), k -> new long[2])[0]++;
		}
		for (Division village : directory.divisionsWithin(code.value(), DivisionLevel.VILLAGE)) {
			counts.computeIfAbsent(village.code().substring(0, digits), k -> new long[2])[1]++;
		}
		return counts;
	}

	private Map<String, long[]> covered(DivisionCode code, int digits) {
		String[] range = DivisionCode.prefixRange(code.significant());
		Map<String, long[]> covered = new HashMap<>();
		jdbc.sql("""
				select left(division_code, :digits) as child,
				       count(distinct division_code) filter (where level = 'TOWNSHIP') as townships,
				       count(distinct division_code) filter (where level = 'VILLAGE') as villages
				from network.point
				where active and division_code between :low and :high and level in ('TOWNSHIP', 'VILLAGE')
				group by 1""")
			.param("digits", digits).param("low", range[0]).param("high", range[1])
			.query((rs, n) -> covered.put(rs.getString("child"), new long[] { rs.getLong("townships"), rs.getLong("villages") }))
			.list();
		return covered;
	}

}
