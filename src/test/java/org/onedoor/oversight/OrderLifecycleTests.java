package org.onedoor.oversight;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.onedoor.oversight.OrderLifecycle.Action;
import org.onedoor.oversight.OrderLifecycle.State;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervision order's transition table, without Spring. */
class OrderLifecycleTests {

	private static final Instant DEADLINE = Instant.parse("2026-03-20T09:30:00Z");

	@Test
	void theUnitAnswersAndTheSupervisorAcceptsOrSendsBack() {
		assertThat(OrderLifecycle.next(State.ISSUED, Action.ANSWER)).contains(State.ANSWERED);
		assertThat(OrderLifecycle.next(State.ANSWERED, Action.ACCEPT)).contains(State.ACCEPTED);
		assertThat(OrderLifecycle.next(State.ANSWERED, Action.SEND_BACK)).contains(State.RETURNED);
		assertThat(OrderLifecycle.next(State.RETURNED, Action.ANSWER)).contains(State.ANSWERED);
	}

	@Test
	void nothingElseIsAllowed() {
		assertThat(OrderLifecycle.next(State.ISSUED, Action.ACCEPT)).isEmpty();
		assertThat(OrderLifecycle.next(State.ISSUED, Action.SEND_BACK)).isEmpty();
		assertThat(OrderLifecycle.next(State.ANSWERED, Action.ANSWER)).isEmpty();
		assertThat(OrderLifecycle.next(State.RETURNED, Action.ACCEPT)).isEmpty();
		for (Action action : Action.values()) {
			assertThat(OrderLifecycle.next(State.ACCEPTED, action)).isEmpty();
		}
	}

	@Test
	void anUnansweredOrderEscalatesOnceFromItsDeadline() {
		assertThat(OrderLifecycle.escalates(State.ISSUED, DEADLINE, null, DEADLINE.minusSeconds(1))).isFalse();
		assertThat(OrderLifecycle.escalates(State.ISSUED, DEADLINE, null, DEADLINE)).isTrue();
		assertThat(OrderLifecycle.escalates(State.RETURNED, DEADLINE, null, DEADLINE.plusSeconds(60))).isTrue();
		assertThat(OrderLifecycle.escalates(State.ISSUED, DEADLINE, DEADLINE, DEADLINE.plusSeconds(60))).isFalse();
		assertThat(OrderLifecycle.escalates(State.ANSWERED, DEADLINE, null, DEADLINE.plusSeconds(60))).isFalse();
		assertThat(OrderLifecycle.escalates(State.ACCEPTED, DEADLINE, null, DEADLINE.plusSeconds(60))).isFalse();
	}

}
