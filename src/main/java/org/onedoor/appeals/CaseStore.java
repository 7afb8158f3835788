package org.onedoor.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the working fields of appeals, after a step has been taken by {@link AppealTransitions}. */
@Repository
class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AppealCase load(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("appeals.notFound"));
	}

	java.util.Optional<AppealCase> find(long id) {
		return jdbc.sql("select * from appeals.appeal where id = ?")
			.param(id)
			.query((rs, row) -> map(rs, coUnits(id)))
			.optional();
	}

	List<Long> coUnits(long id) {
		return jdbc.sql("select unit_id from appeals.co_unit where appeal_id = ? order by unit_id")
			.param(id)
			.query(Long.class)
			.list();
	}

	/** Sets the given columns (names are constants of the use cases, never input). */
	void set(long id, Map<String, Object> columns) {
		StringBuilder sql = new StringBuilder("update appeals.appeal set ");
		columns.keySet().forEach(column -> sql.append(column).append(" = :").append(column).append(", "));
		sql.setLength(sql.length() - 2);
		var statement = jdbc.sql(sql.append(" where id = :id").toString()).param("id", id);
		for (var column : columns.entrySet()) {
			statement = statement.param(column.getKey(), column.getValue() instanceof Instant instant
					? Timestamp.from(instant) : column.getValue());
		}
		statement.update();
	}

	/** Column values in order; unlike {@code Map.of}, values may be null (a deadline cleared). */
	static Map<String, Object> columns(Object... namesAndValues) {
		Map<String, Object> columns = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return columns;
	}

	void replaceCoUnits(long id, List<Long> unitIds) {
		jdbc.sql("delete from appeals.co_unit where appeal_id = ?").param(id).update();
		for (Long unitId : unitIds) {
			jdbc.sql("insert into appeals.co_unit(appeal_id, unit_id) values (?, ?)").params(id, unitId).update();
		}
	}

	private static AppealCase map(ResultSet rs, List<Long> coUnits) throws SQLException {
		String petition = rs.getString("petition_type");
		String rating = rs.getString("rating");
		return new AppealCase(rs.getLong("id"), new TrackingNumber(rs.getString("tracking_number")),
				Channel.valueOf(rs.getString("channel")), AppealType.valueOf(rs.getString("type")),
				petition == null ? null : PetitionType.valueOf(petition), Urgency.valueOf(rs.getString("urgency")),
				rs.getString("category_code"), rs.getString("division_code"), rs.getString("title"),
				rs.getString("content"), rs.getString("address"), rs.getString("citizen_name"),
				rs.getString("citizen_mobile"), rs.getString("citizen_id_number"), rs.getBoolean("anonymous"),
				rs.getBoolean("confidential"), AppealStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				(Long) rs.getObject("lead_unit_id"), coUnits, (Long) rs.getObject("responsible_account_id"),
				rs.getString("responsible_name"), instant(rs, "registered_at"), instant(rs, "accepted_at"),
				instant(rs, "dispatched_at"), instant(rs, "signed_for_at"), instant(rs, "replied_at"),
				instant(rs, "closed_at"), instant(rs, "stage_deadline"), instant(rs, "reply_deadline"),
				instant(rs, "clock_stopped_at"), rs.getBoolean("extension_requested"),
				(Integer) (rs.getObject("extension_days") == null ? null : rs.getInt("extension_days")),
				rs.getString("extension_reason"), rs.getInt("extensions"), rs.getInt("returns"), rs.getInt("reminders"),
				rs.getInt("reopens"), rs.getInt("review_level"), rs.getString("reply"),
				rating == null ? null : Rating.valueOf(rating), rs.getString("decline_reason"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
