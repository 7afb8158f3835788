package org.onedoor.oversight;

import java.util.HashMap;
import java.util.Map;

import org.onedoor.oversight.OrderLifecycle.Action;
import org.onedoor.oversight.OrderLifecycle.State;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor reviews the unit's answer: accepts it (the order is done) or sends it back with
 * a note and a new answer deadline in working days.
 */
@Service
class ReviewSupervisionOrder {

	private final OrderSteps steps;

	ReviewSupervisionOrder(OrderSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void accept(long orderId, int version, String note) {
		SupervisionOrder order = steps.store.load(orderId);
		steps.access.reviewer(order);
		State to = allowed(order, Action.ACCEPT);
		Map<String, Object> columns = new HashMap<>();
		columns.put("review_note", OrderSteps.text("reviewNote", note, false));
		columns.put("reviewed_at", steps.now());
		steps.store.move(order, version, to, columns);
		steps.audit.record("oversight.order.accepted", "supervision-order", order.number(), null);
		steps.notices.tell(steps.unitStaff(order.unitId()), order, steps.firstAppeal(order), "ORDER",
				"oversight.order.notice.accepted", steps.now());
	}

	@Transactional
	void sendBack(long orderId, int version, String note, Integer answerDays) {
		SupervisionOrder order = steps.store.load(orderId);
		steps.access.reviewer(order);
		State to = allowed(order, Action.SEND_BACK);
		String why = OrderSteps.text("reviewNote", note, true);
		int days = OrderSteps.days("answerDays", answerDays);
		Map<String, Object> columns = new HashMap<>();
		columns.put("review_note", why);
		columns.put("reviewed_at", steps.now());
		columns.put("deadline", steps.workingDaysLater(steps.now(), days, order.unitId()));
		steps.store.move(order, version, to, columns);
		SupervisionOrder moved = steps.store.load(orderId);
		steps.audit.record("oversight.order.sent-back", "supervision-order", order.number(), why);
		steps.notices.tell(steps.unitStaff(order.unitId()), moved, steps.firstAppeal(order), "ORDER",
				"oversight.order.notice.sentBack", steps.now(), why);
	}

	private static State allowed(SupervisionOrder order, Action action) {
		return OrderLifecycle.next(order.state(), action)
			.orElseThrow(() -> new InvalidInputException("state", "oversight.order.notAllowed", order.number()));
	}

}
