package org.onedoor.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sums of the maintained counts over a period: a few hundred rows, however many appeals. */
@Component
class FigureQueries {

	private final JdbcClient jdbc;

	private final UnitNames names;

	FigureQueries(JdbcClient jdbc, UnitNames names) {
		this.jdbc = jdbc;
		this.names = names;
	}

	/** Per unit, from {@code first} to {@code last} inclusive, units by name. */
	List<UnitFigures> perUnit(LocalDate first, LocalDate last) {
		return jdbc.sql("""
				select unit_id, sum(received), sum(signed_for), sum(signed_on_time), sum(completed), sum(completed_on_time),
				       sum(rated), sum(satisfied), sum(resolved), sum(returned), sum(extended), sum(reopened)
				from disclosure.unit_day where day between ? and ? group by unit_id""")
			.params(first, last)
			.query((rs, n) -> figures(rs, names.name(rs.getLong(1))))
			.list()
			.stream()
			.sorted(Comparator.comparing(UnitFigures::unitName))
			.toList();
	}

	static UnitFigures figures(ResultSet rs, String name) throws SQLException {
		return new UnitFigures(rs.getLong(1), name, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
				rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12));
	}

	/** How fresh the figures of a period are: when last recomputed, and how many cells wait. */
	Freshness freshness(LocalDate first, LocalDate last) {
		Timestamp asOf = jdbc.sql("select max(refreshed_at) from disclosure.unit_day where day between ? and ?")
			.params(first, last)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		int pending = jdbc.sql("select count(*) from disclosure.dirty_cell where day between ? and ?")
			.params(first, last)
			.query(Integer.class)
			.single();
		return new Freshness(asOf == null ? null : asOf.toInstant(), pending);
	}

}
