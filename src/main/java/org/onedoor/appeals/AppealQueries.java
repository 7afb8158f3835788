package org.onedoor.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading appeals for pages and APIs. */
@Repository
class AppealQueries {

	private static final String SUMMARY = """
			select id, tracking_number, channel, type, title, status, category_code, division_code, registered_at,
			       stage_deadline, confidential
			from appeals.appeal""";

	private final JdbcClient jdbc;

	AppealQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AppealSummary> summary(TrackingNumber number) {
		return jdbc.sql(SUMMARY + " where tracking_number = ?").param(number.value()).query(AppealQueries::summary).optional();
	}

	private static AppealSummary summary(ResultSet rs, int row) throws SQLException {
		return new AppealSummary(rs.getLong("id"), new TrackingNumber(rs.getString("tracking_number")),
				Channel.valueOf(rs.getString("channel")), AppealType.valueOf(rs.getString("type")), rs.getString("title"),
				AppealStatus.valueOf(rs.getString("status")), rs.getString("category_code"),
				rs.getString("division_code"), instant(rs.getTimestamp("registered_at")),
				instant(rs.getTimestamp("stage_deadline")), rs.getBoolean("confidential"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
