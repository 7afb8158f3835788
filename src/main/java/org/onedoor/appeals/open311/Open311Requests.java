package org.onedoor.appeals.open311;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onedoor.appeals.AppealStatus;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;
import org.onedoor.directory.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appeals as GeoReport v2 service requests. Open311 answers anyone, so it shows only what the
 * public message board may show: no confidential appeals, no petitions (信访 is not public), no
 * reports (举报: they name someone, and the board keeps them private too), and never the citizen. Appeals not yet given a category have no service and are left out too.
 * The words and the exact place are shown only for appeals the citizen made in public (the message
 * board, Open311 itself): a hotline call, a visit or an app message was told to an office, not
 * posted, and its text, reply and address (often the caller's home) can name the caller. Those
 * show their service, status, unit, times and township or village only.
 */
@Component
class Open311Requests {

	static final int DESCRIPTION_MAX = 4000;

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Shanghai"));

	private static final String SELECT = """
			select a.tracking_number, a.status, a.category_code, c.level, c.parent_code,
			       case when p.posted then a.content end as content, a.lead_unit_id,
			       case when p.posted then a.reply end as reply,
			       a.registered_at, a.updated_at, a.closed_at, a.reply_deadline,
			       case when p.posted then a.address end as address, a.division_code,
			       case when p.posted then a.latitude end as latitude,
			       case when p.posted then a.longitude end as longitude,
			       o.media_url, o.address_id,
			       case when p.posted then (select t.reason from appeals.appeal_transition t
			        where t.appeal_id = a.id and t.action = 'DECLINE' order by t.id desc limit 1) end as decline_reason
			from appeals.appeal a
			cross join lateral (select a.channel in ('MESSAGE_BOARD', 'OPEN311') as posted) p
			join appeals.category c on c.code = a.category_code
			left join appeals.open311_request o on o.appeal_id = a.id
			where not a.confidential and a.channel <> 'PETITION' and a.type <> 'REPORT'
			""";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Open311Services services;

	private final Open311Messages messages;

	Open311Requests(JdbcClient jdbc, Directory directory, Open311Services services, Open311Messages messages) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.services = services;
		this.messages = messages;
	}

	/** One service request as the API shows it, in the specification's field order. */
	private record Row(String id, AppealStatus status, String categoryCode, int level, String parentCode,
			String content, Long unitId, String reply, Instant requested, Instant updated, Instant closed,
			Instant expected, String address, String divisionCode, BigDecimal lat, BigDecimal lon, String mediaUrl,
			String addressId, String declineReason) {

		String serviceCode() {
			return level == 3 ? parentCode : categoryCode;
		}

	}

	List<Map<String, Object>> search(Open311Query query) {
		StringBuilder sql = new StringBuilder(SELECT);
		Map<String, Object> params = new HashMap<>();
		if (!query.ids().isEmpty()) {
			sql.append(" and a.tracking_number in (:ids)");
			params.put("ids", query.ids().stream().map(TrackingNumber::value).toList());
		}
		else {
			sql.append(" and a.registered_at between :start and :end");
			params.put("start", Timestamp.from(query.start()));
			params.put("end", Timestamp.from(query.end()));
			if (!query.serviceCodes().isEmpty()) {
				List<String> likes = new ArrayList<>();
				for (int i = 0; i < query.serviceCodes().size(); i++) {
					likes.add("a.category_code like :code" + i);
					// codes are digits only (checked when parsed), so they carry no LIKE wildcards
					params.put("code" + i, query.serviceCodes().get(i) + "%");
				}
				sql.append(" and (").append(String.join(" or ", likes)).append(")");
			}
			if (query.statuses().size() == 1) {
				sql.append(query.statuses().contains(Open311Status.OPEN) ? " and a.status not in (:closed)"
						: " and a.status in (:closed)");
				params.put("closed", List.of("CLOSED", "DECLINED", "MERGED"));
			}
		}
		sql.append(" order by a.registered_at desc, a.id desc limit ").append(Open311Query.MAX_RESULTS);
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Open311Requests::row).list();
		return render(rows);
	}

	Optional<Map<String, Object>> find(TrackingNumber number) {
		List<Row> rows = jdbc.sql(SELECT + " and a.tracking_number = ?").param(number.value()).query(Open311Requests::row).list();
		return render(rows).stream().findFirst();
	}

	/** The token handed out with a new request, for GET tokens/{token}. */
	Optional<Map<String, Object>> byToken(String token) {
		return jdbc.sql("""
				select a.tracking_number from appeals.open311_request o join appeals.appeal a on a.id = o.appeal_id
				where o.token = ?""")
			.param(token)
			.query(String.class)
			.optional()
			.map(id -> {
				Map<String, Object> answer = new LinkedHashMap<>();
				answer.put("service_request_id", id);
				answer.put("token", token);
				return answer;
			});
	}

	private List<Map<String, Object>> render(List<Row> rows) {
		Map<String, String> names = services.names();
		Map<Long, Optional<Unit>> units = new HashMap<>();
		Map<String, Optional<Division>> divisions = new HashMap<>();
		List<Map<String, Object>> answer = new ArrayList<>();
		for (Row row : rows) {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("service_request_id", row.id());
			request.put("status", Open311Status.of(row.status()).wire());
			request.put("status_notes", statusNotes(row));
			request.put("service_name", names.get(row.serviceCode()));
			request.put("service_code", row.serviceCode());
			request.put("description", cut(row.content()));
			request.put("agency_responsible", row.unitId() == null ? null
					: units.computeIfAbsent(row.unitId(), directory::findUnit).map(Unit::name).orElse(null));
			request.put("service_notice", null);
			request.put("requested_datetime", w3c(row.requested()));
			request.put("updated_datetime", w3c(row.closed() != null && !row.status().isOpen() ? row.closed() : row.updated()));
			request.put("expected_datetime", w3c(row.expected()));
			request.put("address", row.address() != null ? row.address() : row.divisionCode() == null ? null
					: divisions.computeIfAbsent(row.divisionCode(), directory::findDivision).map(Division::fullName).orElse(null));
			request.put("address_id", row.addressId() != null ? row.addressId() : row.divisionCode());
			request.put("zipcode", null);
			request.put("lat", row.lat());
			request.put("long", row.lon());
			request.put("media_url", row.mediaUrl());
			answer.add(request);
		}
		return answer;
	}

	/** What the citizen was told: the reply, or why the appeal was not taken on or was merged. */
	private String statusNotes(Row row) {
		if (row.reply() != null) {
			return cut(row.reply());
		}
		if (row.status() == AppealStatus.DECLINED) {
			return row.declineReason();
		}
		if (row.status() == AppealStatus.MERGED) {
			return messages.both("appeals-api.open311.merged");
		}
		return null;
	}

	private static String cut(String text) {
		return text == null || text.length() <= DESCRIPTION_MAX ? text : text.substring(0, DESCRIPTION_MAX - 1) + "…";
	}

	private static String w3c(Instant instant) {
		return instant == null ? null : W3C.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getString("tracking_number"), AppealStatus.valueOf(rs.getString("status")),
				rs.getString("category_code"), rs.getInt("level"), rs.getString("parent_code"), rs.getString("content"),
				(Long) rs.getObject("lead_unit_id", Long.class), rs.getString("reply"), instant(rs, "registered_at"),
				instant(rs, "updated_at"), instant(rs, "closed_at"), instant(rs, "reply_deadline"), rs.getString("address"),
				rs.getString("division_code"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				rs.getString("media_url"), rs.getString("address_id"), rs.getString("decline_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
