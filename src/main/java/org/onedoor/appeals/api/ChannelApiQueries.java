package org.onedoor.appeals.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the channel API tells a client about an appeal it filed: what the citizen may see on
 * their tracking page (status, the reply, the public steps), never staff-only notes.
 */
@Component
class ChannelApiQueries {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Steps whose reason was given to the citizen, so the timeline may show it. */
	private static final List<String> REASON_IS_PUBLIC = List.of("DECLINE", "ASK_CITIZEN", "APPROVE_EXTENSION");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ChannelApiQueries(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	Map<String, Object> appeal(long appealId) {
		Map<String, Object> appeal = jdbc.sql("""
				select tracking_number, channel, type, title, status, category_code, registered_at, reply, replied_at,
				       rating, rated_at, closed_at
				from appeals.appeal where id = ?""")
			.param(appealId)
			.query((rs, n) -> {
				Map<String, Object> a = new LinkedHashMap<>();
				String number = rs.getString("tracking_number");
				a.put("trackingNumber", number);
				a.put("display", new org.onedoor.appeals.TrackingNumber(number).display());
				a.put("channel", rs.getString("channel"));
				a.put("type", rs.getString("type"));
				a.put("title", rs.getString("title"));
				a.put("status", rs.getString("status"));
				a.put("statusLabel", label("appeals.status." + rs.getString("status")));
				a.put("categoryCode", rs.getString("category_code"));
				a.put("registeredAt", time(rs.getTimestamp("registered_at")));
				String reply = rs.getString("reply");
				if (reply == null) {
					a.put("reply", null);
				}
				else {
					Map<String, Object> r = new LinkedHashMap<>();
					r.put("text", reply);
					r.put("repliedAt", time(rs.getTimestamp("replied_at")));
					a.put("reply", r);
				}
				a.put("rating", rs.getString("rating"));
				a.put("closedAt", time(rs.getTimestamp("closed_at")));
				return a;
			})
			.single();
		appeal.put("timeline", timeline(appealId));
		return appeal;
	}

	private List<Map<String, Object>> timeline(long appealId) {
		return jdbc.sql("""
				select action, to_status, reason, occurred_at from appeals.appeal_transition
				where appeal_id = ? and public order by occurred_at, id""")
			.param(appealId)
			.query((rs, n) -> {
				Map<String, Object> step = new LinkedHashMap<>();
				String action = rs.getString("action");
				step.put("at", time(rs.getTimestamp("occurred_at")));
				step.put("action", action);
				step.put("status", rs.getString("to_status"));
				step.put("label", label("appeals.status." + rs.getString("to_status")));
				step.put("note", REASON_IS_PUBLIC.contains(action) ? rs.getString("reason") : null);
				return step;
			})
			.list();
	}

	private Map<String, String> label(String key) {
		return Map.of("zh-CN", messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE), "en",
				messages.getMessage(key, null, key, java.util.Locale.ENGLISH));
	}

	private static String time(Timestamp timestamp) {
		if (timestamp == null) {
			return null;
		}
		Instant instant = timestamp.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		return OffsetDateTime.ofInstant(instant, CHINA).toString();
	}

}
