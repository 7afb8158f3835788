package org.onedoor.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads appeals for the people's channels, in plain SQL like {@link AppealQueries}. */
@Repository
class DeskQueries {

	static final String COLUMNS = """
			select id, tracking_number, channel, type, petition_type, title, content, category_code, division_code,
			       address, status, citizen_name, citizen_mobile, citizen_id_number, citizen_account_id, anonymous,
			       confidential, reply, replied_at, rating, rated_at, stage_deadline, reply_deadline, registered_at,
			       closed_at
			from appeals.appeal""";

	private final JdbcClient jdbc;

	DeskQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DeskAppeal> byNumber(TrackingNumber number) {
		return jdbc.sql(COLUMNS + " where tracking_number = ?").param(number.value()).query(DeskQueries::row).optional();
	}

	/** An appeal the staff member filed on a citizen's behalf; anyone else's is not theirs to see. */
	Optional<DeskAppeal> filedBy(TrackingNumber number, long accountId) {
		return jdbc.sql(COLUMNS + " where tracking_number = ? and filed_by_account_id = ?")
			.params(number.value(), accountId)
			.query(DeskQueries::row)
			.optional();
	}

	Optional<DeskAppeal> byId(long id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(DeskQueries::row).optional();
	}

	/** A caller's earlier appeals, newest first, for the operator's screen. */
	List<DeskAppeal> byMobile(String mobile, int limit) {
		return jdbc.sql(COLUMNS + " where citizen_mobile = ? order by registered_at desc limit ?")
			.params(mobile, limit)
			.query(DeskQueries::row)
			.list();
	}

	/** A signed-in citizen's appeals: filed from the account or under the account's mobile. */
	List<DeskAppeal> ofCitizen(long accountId, String mobile) {
		return jdbc.sql(COLUMNS + " where citizen_account_id = ? or (? is not null and citizen_mobile = ?) "
				+ "order by registered_at desc limit 200")
			.params(accountId, mobile, mobile)
			.query(DeskQueries::row)
			.list();
	}

	/** The category's names from the top, e.g. 城乡建设 / 安全生产 / 事故处理. */
	Optional<String> categoryPath(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select string_agg(c.name, ' / ' order by c.level) from appeals.category c
				where ? like c.code || '%'""").param(code).query(String.class).optional();
	}

	static DeskAppeal row(ResultSet rs, int n) throws SQLException {
		String petition = rs.getString("petition_type");
		String rating = rs.getString("rating");
		Long account = rs.getObject("citizen_account_id", Long.class);
		return new DeskAppeal(rs.getLong("id"), new TrackingNumber(rs.getString("tracking_number")),
				Channel.valueOf(rs.getString("channel")), AppealType.valueOf(rs.getString("type")),
				petition == null ? null : PetitionType.valueOf(petition), rs.getString("title"),
				rs.getString("content"), rs.getString("category_code"), rs.getString("division_code"),
				rs.getString("address"), AppealStatus.valueOf(rs.getString("status")), rs.getString("citizen_name"),
				rs.getString("citizen_mobile"), rs.getString("citizen_id_number"), account,
				rs.getBoolean("anonymous"), rs.getBoolean("confidential"), rs.getString("reply"),
				instant(rs.getTimestamp("replied_at")), rating == null ? null : Rating.valueOf(rating),
				instant(rs.getTimestamp("rated_at")), instant(rs.getTimestamp("stage_deadline")),
				instant(rs.getTimestamp("reply_deadline")), instant(rs.getTimestamp("registered_at")),
				instant(rs.getTimestamp("closed_at")));
	}

	static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
