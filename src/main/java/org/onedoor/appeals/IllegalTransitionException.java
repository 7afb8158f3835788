package org.onedoor.appeals;

import org.onedoor.shared.InvalidInputException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An action that the lifecycle does not allow in the appeal's current status. Answered as a
 * 4xx with both the status and the action named in Chinese and English.
 */
public class IllegalTransitionException extends InvalidInputException {

	private final AppealStatus from;

	private final AppealAction action;

	public IllegalTransitionException(AppealStatus from, AppealAction action) {
		super("action", "appeals.transition.illegal",
				new DefaultMessageSourceResolvable("appeals.action." + action.name()),
				new DefaultMessageSourceResolvable("appeals.status." + from.name()));
		this.from = from;
		this.action = action;
	}

	public AppealStatus from() {
		return from;
	}

	public AppealAction action() {
		return action;
	}

}
