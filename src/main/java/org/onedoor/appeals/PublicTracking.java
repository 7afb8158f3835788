package org.onedoor.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onedoor.directory.Directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the tracking API answers, read in one round trip: the appeal's public fields and its public
 * steps joined, never its content, address or the citizen (only the mobile, to check the last four).
 * The page's {@link TrackingView} reads more (attachments, rating note, review) in five queries; the
 * API is what apps poll, so it is kept to one (docs/benchmarks.md).
 */
@Component
class PublicTracking {

	/** An appeal as a citizen may see it without signing in. */
	record Tracked(TrackingNumber number, AppealType type, String title, AppealStatus status, Instant registeredAt,
			Instant deadline, String reply, Instant repliedAt, Rating rating, String mobile,
			List<TrackingView.Step> steps) {

		Tracked withSteps(List<TrackingView.Step> named) {
			return new Tracked(number, type, title, status, registeredAt, deadline, reply, repliedAt, rating, mobile, named);
		}

	}

	/** As read: the units of the steps by id, named once the result set is closed (no second connection meanwhile). */
	private record Read(Tracked appeal, List<TrackingView.UnitStep> steps) {
	}

	private static final String SQL = """
			select a.tracking_number, a.type, a.title, a.status, a.registered_at, a.reply_deadline, a.stage_deadline,
			       a.reply, a.replied_at, a.rating, a.citizen_mobile, t.action, t.to_status, t.unit_id, t.occurred_at
			from appeals.appeal a
			left join appeals.appeal_transition t on t.appeal_id = a.id and t.public
			where a.tracking_number = ?
			order by t.id""";

	private final JdbcClient jdbc;

	private final Directory directory;

	PublicTracking(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	Optional<Tracked> find(TrackingNumber number) {
		return jdbc.sql(SQL)
			.param(number.value())
			.query(PublicTracking::read)
			.map(read -> read.appeal().withSteps(TrackingView.named(read.steps(), directory)));
	}

	private static Optional<Read> read(ResultSet rs) throws SQLException {
		if (!rs.next()) {
			return Optional.empty();
		}
		Instant reply = DeskQueries.instant(rs.getTimestamp("reply_deadline"));
		String rating = rs.getString("rating");
		TrackingNumber number = new TrackingNumber(rs.getString("tracking_number"));
		AppealType type = AppealType.valueOf(rs.getString("type"));
		String title = rs.getString("title");
		AppealStatus status = AppealStatus.valueOf(rs.getString("status"));
		Instant registeredAt = DeskQueries.instant(rs.getTimestamp("registered_at"));
		Instant deadline = reply != null ? reply : DeskQueries.instant(rs.getTimestamp("stage_deadline"));
		String replyText = rs.getString("reply");
		Instant repliedAt = DeskQueries.instant(rs.getTimestamp("replied_at"));
		String mobile = rs.getString("citizen_mobile");
		List<TrackingView.UnitStep> steps = new ArrayList<>();
		do {
			String action = rs.getString("action");
			if (action != null) {
				long unit = rs.getLong("unit_id");
				steps.add(new TrackingView.UnitStep(action, rs.getString("to_status"), rs.wasNull() ? null : unit,
						rs.getTimestamp("occurred_at").toInstant()));
			}
		}
		while (rs.next());
		return Optional.of(new Read(new Tracked(number, type, title, status, registeredAt, deadline, replyText, repliedAt,
				rating == null ? null : Rating.valueOf(rating), mobile, List.of()), steps));
	}

}
