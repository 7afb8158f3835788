package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 城市留言板, the public side: only messages posted on the board, not confidential, not 举报
 * (a report names people), not declined or merged. Nothing that identifies the citizen is
 * ever selected here, so no page can show it by mistake.
 */
@Repository
class MessageBoard {

	static final int PAGE_SIZE = 20;

	private static final String PUBLIC = """
			channel = 'MESSAGE_BOARD' and not confidential and type <> 'REPORT'
			and status not in ('DECLINED', 'MERGED')""";

	/** A board message as the public sees it. */
	record Post(long id, String trackingNumber, String type, String title, String content, String categoryCode,
			String divisionCode, String status, Instant registeredAt, String reply, Instant repliedAt, int support) {

		public String display() {
			return new TrackingNumber(trackingNumber).display();
		}

		public boolean replied() {
			return reply != null && ("REPLIED".equals(status) || "CLOSED".equals(status));
		}
	}

	private static final String SELECT = """
			select a.id, a.tracking_number, a.type, a.title, a.content, a.category_code, a.division_code, a.status,
			       a.registered_at, a.reply, a.replied_at,
			       (select count(*) from appeals.board_support s where s.appeal_id = a.id) as support
			from appeals.appeal a where\s""";

	private final JdbcClient jdbc;

	MessageBoard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Post> page(String categoryCode, AppealStatus status, int page) {
		return jdbc.sql(SELECT + PUBLIC + filters() + " order by a.registered_at desc, a.id desc limit :size offset :offset")
			.param("category", categoryCode == null ? "" : categoryCode)
			.param("status", status == null ? "" : status.name())
			.param("size", PAGE_SIZE)
			.param("offset", (long) Math.max(0, page) * PAGE_SIZE)
			.query(MessageBoard::post)
			.list();
	}

	long count(String categoryCode, AppealStatus status) {
		return jdbc.sql("select count(*) from appeals.appeal a where " + PUBLIC + filters())
			.param("category", categoryCode == null ? "" : categoryCode)
			.param("status", status == null ? "" : status.name())
			.query(Long.class)
			.single();
	}

	Optional<Post> find(TrackingNumber number) {
		return jdbc.sql(SELECT + PUBLIC + " and a.tracking_number = :number")
			.param("number", number.value())
			.query(MessageBoard::post)
			.optional();
	}

	/** 附议: at most one per citizen and appeal; answers whether this one counted. */
	boolean support(long appealId, long accountId) {
		return jdbc.sql("insert into appeals.board_support(appeal_id, account_id) values (?, ?) on conflict do nothing")
			.params(appealId, accountId)
			.update() == 1;
	}

	boolean supports(long appealId, long accountId) {
		return jdbc.sql("select count(*) from appeals.board_support where appeal_id = ? and account_id = ?")
			.params(appealId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	private static String filters() {
		return " and (:category = '' or a.category_code like :category || '%') and (:status = '' or a.status = :status)";
	}

	private static Post post(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Post(rs.getLong("id"), rs.getString("tracking_number"), rs.getString("type"), rs.getString("title"),
				rs.getString("content"), rs.getString("category_code"), rs.getString("division_code"),
				rs.getString("status"), instant(rs.getTimestamp("registered_at")), rs.getString("reply"),
				instant(rs.getTimestamp("replied_at")), rs.getInt("support"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
