package org.onedoor.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onedoor.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The appeals behind one figure of one unit over a period (staff only): read from the appeals
 * views, by the same conditions the counts use.
 */
@Component
class DrillDown {

	static final int LIMIT = 500;

	/** A figure's name → the date column it is dated by and the extra condition that selects it. */
	private static final Map<String, String[]> FIGURES = Map.of(
			"received", new String[] { "f.dispatched_at", "true" },
			"signedLate", new String[] { "f.signed_for_at",
					"f.signed_for_at > coalesce((select d.due from disclosure.sign_for_due d where d.appeal_id = f.appeal_id), f.dispatched_at + interval '1 day')" },
			"completed", new String[] { "f.closed_at", "f.status = 'CLOSED'" },
			"completedLate", new String[] { "f.closed_at", "f.status = 'CLOSED' and not (f.replied_at <= f.reply_deadline)" },
			"rated", new String[] { "f.rated_at", "f.rating is not null" },
			"dissatisfied", new String[] { "f.rated_at", "f.rating = 'DISSATISFIED'" },
			"unresolved", new String[] { "f.closed_at", "f.status = 'CLOSED' and f.rating = 'DISSATISFIED'" });

	/** One appeal behind a figure. */
	record Row(long appealId, String trackingNumber, String channel, String status, Instant at) {
	}

	private final JdbcClient jdbc;

	DrillDown(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static boolean known(String figure) {
		return FIGURES.containsKey(figure);
	}

	List<Row> appeals(long unitId, String figure, LocalDate from, LocalDate to) {
		String[] how = FIGURES.get(figure);
		if (how == null) {
			throw new InvalidInputException("figure", "disclosure.figure.unknown", figure);
		}
		return jdbc.sql("""
				select f.appeal_id, f.tracking_number, f.channel, f.status, %1$s
				from appeals.appeal_facts f
				where f.unit_id = ? and %1$s >= ? and %1$s < ? and %2$s
				order by %1$s desc limit %3$d""".formatted(how[0], how[1], LIMIT))
			.params(unitId, Timestamp.from(from.atStartOfDay(CellMarks.CHINA).toInstant()),
					Timestamp.from(to.plusDays(1).atStartOfDay(CellMarks.CHINA).toInstant()))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

}
