package org.onedoor.oversight;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The states of a supervision order (督办单) and what may move it, as a table. Escalation is not
 * a state: an order the unit has not answered by its deadline goes up the chain once and still
 * waits for the unit's answer.
 */
final class OrderLifecycle {

	enum State {
		/** issued, waiting for the unit's answer */
		ISSUED,
		/** the unit answered; the supervisor reviews it */
		ANSWERED,
		/** the supervisor sent the answer back; the unit answers again */
		RETURNED,
		/** the supervisor accepted the answer: done */
		ACCEPTED
	}

	enum Action {
		ANSWER, ACCEPT, SEND_BACK
	}

	private static final Map<State, Map<Action, State>> TABLE = new EnumMap<>(State.class);

	static {
		allow(State.ISSUED, Action.ANSWER, State.ANSWERED);
		allow(State.RETURNED, Action.ANSWER, State.ANSWERED);
		allow(State.ANSWERED, Action.ACCEPT, State.ACCEPTED);
		allow(State.ANSWERED, Action.SEND_BACK, State.RETURNED);
	}

	private OrderLifecycle() {
	}

	private static void allow(State from, Action action, State to) {
		TABLE.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, to);
	}

	/** Where the action leads from {@code from}, or empty when it is not allowed there. */
	static Optional<State> next(State from, Action action) {
		return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
	}

	/** Whether the unit still owes an answer. */
	static boolean awaitsAnswer(State state) {
		return state == State.ISSUED || state == State.RETURNED;
	}

	/** Escalates once: unanswered, past its deadline, and not escalated before. */
	static boolean escalates(State state, Instant deadline, Instant escalatedAt, Instant now) {
		return awaitsAnswer(state) && escalatedAt == null && !now.isBefore(deadline);
	}

}
