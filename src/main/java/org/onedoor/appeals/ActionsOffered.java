package org.onedoor.appeals;

import java.util.EnumSet;
import java.util.Set;

import static org.onedoor.appeals.AppealAction.*;

/**
 * The buttons a page shows: what {@link Lifecycle} allows in the status, narrowed to what this
 * person's side does and what the appeal's state makes sensible. The use cases check again.
 */
final class ActionsOffered {

	private static final Set<AppealAction> DISPATCHER = EnumSet.of(ACCEPT, DECLINE, DISPATCH, APPROVE_EXTENSION,
			REFUSE_EXTENSION, REOPEN, REMIND);

	private static final Set<AppealAction> LEAD_UNIT = EnumSet.of(SIGN_FOR, RETURN, REQUEST_EXTENSION, ASK_CITIZEN,
			CITIZEN_SUPPLIED, REPLY);

	private static final Set<AppealAction> SUPERVISOR = EnumSet.of(REMIND);

	private ActionsOffered() {
	}

	static Set<AppealAction> of(AppealStatus status, boolean dispatcher, boolean leadUnit, boolean oversight,
			boolean extensionRequested, Rating rating) {
		Set<AppealAction> offered = EnumSet.noneOf(AppealAction.class);
		for (AppealAction action : Lifecycle.allowedFrom(status)) {
			boolean side = (dispatcher && DISPATCHER.contains(action)) || (leadUnit && LEAD_UNIT.contains(action))
					|| (oversight && SUPERVISOR.contains(action));
			if (side && sensible(action, extensionRequested, rating)) {
				offered.add(action);
			}
		}
		return offered;
	}

	private static boolean sensible(AppealAction action, boolean extensionRequested, Rating rating) {
		return switch (action) {
			case APPROVE_EXTENSION, REFUSE_EXTENSION -> extensionRequested;
			case REQUEST_EXTENSION -> !extensionRequested;
			case REOPEN -> rating == Rating.DISSATISFIED;
			default -> true;
		};
	}

}
