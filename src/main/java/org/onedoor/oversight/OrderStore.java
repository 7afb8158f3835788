package org.onedoor.oversight;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onedoor.oversight.OrderLifecycle.State;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Supervision orders in oversight's schema. */
@Component
class OrderStore {

	static final String COLUMNS = """
			select id, number, unit_id, unit_division_code, level, reason, answer_days, deadline, state, issued_by,
			    issued_by_name, issued_at, answer_done, answer_finish_by, answered_by_name, answered_at, review_note,
			    reviewed_at, escalated_to_unit_id, escalated_at, version from oversight.supervision_order
			""";

	private final JdbcClient jdbc;

	OrderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewOrder(long unitId, String unitDivisionCode, String level, String reason, int answerDays,
			Instant deadline, long issuedBy, String issuedByName, Instant issuedAt) {
	}

	long insert(NewOrder order, List<SupervisionOrder.Subject> appeals) {
		long seq = jdbc.sql("select nextval('oversight.supervision_order_number')").query(Long.class).single();
		String number = "DB" + order.issuedAt().atZone(WarningNotices.CHINA).getYear() + String.format("%06d", seq);
		long id = jdbc.sql("""
				insert into oversight.supervision_order(number, unit_id, unit_division_code, level, reason, answer_days,
				    deadline, state, issued_by, issued_by_name, issued_at)
				values (?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?, ?) returning id""")
			.params(number, order.unitId(), order.unitDivisionCode(), order.level(), order.reason(), order.answerDays(),
					StageClocks.utc(order.deadline()), order.issuedBy(), order.issuedByName(),
					StageClocks.utc(order.issuedAt()))
			.query(Long.class)
			.single();
		for (SupervisionOrder.Subject appeal : appeals) {
			jdbc.sql("insert into oversight.supervision_order_appeal(order_id, appeal_id, tracking_number) values (?, ?, ?)")
				.params(id, appeal.appealId(), appeal.trackingNumber())
				.update();
		}
		return id;
	}

	SupervisionOrder load(long id) {
		return jdbc.sql(COLUMNS + " where id = ?")
			.param(id)
			.query(SupervisionOrder.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("oversight.order.notFound", id));
	}

	List<SupervisionOrder.Subject> appeals(long orderId) {
		return jdbc.sql("""
				select appeal_id, tracking_number from oversight.supervision_order_appeal where order_id = ?
				order by tracking_number""")
			.param(orderId)
			.query(SupervisionOrder.Subject.class)
			.list();
	}

	/**
	 * Moves the order if nobody moved it since the page was shown.
	 * @throws InvalidInputException when the order changed meanwhile
	 */
	void move(SupervisionOrder order, int version, State to, Map<String, Object> columns) {
		StringBuilder set = new StringBuilder("state = :to, version = version + 1");
		columns.keySet().forEach(column -> set.append(", ").append(column).append(" = :").append(column));
		var statement = jdbc.sql("update oversight.supervision_order set " + set
				+ " where id = :id and version = :version and state = :from")
			.param("to", to.name())
			.param("id", order.id())
			.param("version", version)
			.param("from", order.state().name());
		for (Map.Entry<String, Object> column : columns.entrySet()) {
			Object value = column.getValue() instanceof Instant instant ? StageClocks.utc(instant) : column.getValue();
			statement = statement.param(column.getKey(), value);
		}
		if (statement.update() == 0) {
			throw new InvalidInputException("version", "oversight.order.stale", order.number());
		}
	}

	/** Orders addressed to, or escalated to, one of these units; newest first. */
	List<SupervisionOrder> forUnits(List<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + " where unit_id in (:units) or escalated_to_unit_id in (:units) order by issued_at desc limit 500")
			.param("units", unitIds)
			.query(SupervisionOrder.class)
			.list();
	}

	/** Orders to units whose division lies within the one with these significant digits; newest first. */
	List<SupervisionOrder> withinDivision(String significantDigits) {
		return jdbc.sql(COLUMNS + " where unit_division_code like :prefix order by issued_at desc limit 500")
			.param("prefix", significantDigits + "%")
			.query(SupervisionOrder.class)
			.list();
	}

}
