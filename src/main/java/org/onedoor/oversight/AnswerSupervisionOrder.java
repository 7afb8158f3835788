package org.onedoor.oversight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.identity.SignedIn;
import org.onedoor.oversight.OrderLifecycle.Action;
import org.onedoor.oversight.OrderLifecycle.State;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit answers a supervision order: what it has done and by when it will be finished. */
@Service
class AnswerSupervisionOrder {

	private final OrderSteps steps;

	AnswerSupervisionOrder(OrderSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void answer(long orderId, int version, String done, LocalDate finishBy) {
		SupervisionOrder order = steps.store.load(orderId);
		SignedIn me = steps.access.answerer(order);
		String what = OrderSteps.text("answerDone", done, true);
		if (finishBy == null) {
			throw new InvalidInputException("answerFinishBy", "oversight.order.required");
		}
		if (finishBy.isBefore(steps.today()) || finishBy.isAfter(steps.today().plusYears(1))) {
			throw new InvalidInputException("answerFinishBy", "oversight.order.finishBy");
		}
		State to = OrderLifecycle.next(order.state(), Action.ANSWER)
			.orElseThrow(() -> new InvalidInputException("state", "oversight.order.notAllowed", order.number()));
		Map<String, Object> columns = new HashMap<>();
		columns.put("answer_done", what);
		columns.put("answer_finish_by", finishBy);
		columns.put("answered_by_name", me.displayName());
		columns.put("answered_at", steps.now());
		steps.store.move(order, version, to, columns);
		steps.audit.record("oversight.order.answered", "supervision-order", order.number(), "finish by " + finishBy);
		steps.contacts.account(order.issuedBy())
			.ifPresent(issuer -> steps.notices.tell(List.of(issuer), order, steps.firstAppeal(order), "ORDER",
					"oversight.order.notice.answered", steps.now(), me.displayName()));
	}

}
