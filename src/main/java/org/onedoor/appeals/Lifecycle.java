package org.onedoor.appeals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.onedoor.appeals.AppealAction.*;
import static org.onedoor.appeals.AppealStatus.*;

/**
 * The appeal lifecycle as one table: for each status, the actions allowed and where they lead.
 * Everything that moves an appeal asks this table first, so an illegal step is refused in one
 * place with one reason, whatever channel or page it came from.
 */
public final class Lifecycle {

	private static final Map<AppealStatus, Map<AppealAction, AppealStatus>> TABLE = new EnumMap<>(AppealStatus.class);

	static {
		allow(REGISTERED, ACCEPT, ACCEPTED);
		allow(REGISTERED, DECLINE, DECLINED);
		allow(REGISTERED, ANSWER_ON_SPOT, CLOSED);
		allow(REGISTERED, MERGE, MERGED);
		allow(ACCEPTED, DISPATCH, DISPATCHED);
		allow(ACCEPTED, MERGE, MERGED);
		allow(DISPATCHED, SIGN_FOR, SIGNED_FOR);
		allow(DISPATCHED, RETURN, ACCEPTED);
		allow(DISPATCHED, REMIND, DISPATCHED);
		allow(SIGNED_FOR, RETURN, ACCEPTED);
		allow(SIGNED_FOR, REQUEST_EXTENSION, SIGNED_FOR);
		allow(SIGNED_FOR, APPROVE_EXTENSION, SIGNED_FOR);
		allow(SIGNED_FOR, REFUSE_EXTENSION, SIGNED_FOR);
		allow(SIGNED_FOR, ASK_CITIZEN, WAITING_FOR_CITIZEN);
		allow(SIGNED_FOR, REPLY, REPLIED);
		allow(SIGNED_FOR, REMIND, SIGNED_FOR);
		allow(WAITING_FOR_CITIZEN, CITIZEN_SUPPLIED, SIGNED_FOR);
		allow(WAITING_FOR_CITIZEN, REPLY, REPLIED);
		allow(WAITING_FOR_CITIZEN, REMIND, WAITING_FOR_CITIZEN);
		allow(REPLIED, RATE, CLOSED);
		allow(REPLIED, CLOSE_UNRATED, CLOSED);
		allow(CLOSED, REOPEN, ACCEPTED);
		// 复查/复核 (petitions only, checked by RequestReview): back to the dispatcher for the reviewing unit
		allow(REPLIED, REQUEST_REVIEW, ACCEPTED);
		allow(CLOSED, REQUEST_REVIEW, ACCEPTED);
		allow(MERGED, UNMERGE, REGISTERED);
		// every citizen of a merged group rates the reply of its primary; the appeal stays merged
		allow(MERGED, RATE, MERGED);
	}

	private Lifecycle() {
	}

	private static void allow(AppealStatus from, AppealAction action, AppealStatus to) {
		TABLE.computeIfAbsent(from, s -> new EnumMap<>(AppealAction.class)).put(action, to);
	}

	/** Where the action leads from this status, if it is allowed there. */
	public static Optional<AppealStatus> next(AppealStatus from, AppealAction action) {
		return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
	}

	/**
	 * Where the action leads, or an {@link IllegalTransitionException} whose message key says
	 * why not in words a handler understands.
	 */
	public static AppealStatus require(AppealStatus from, AppealAction action) {
		return next(from, action).orElseThrow(() -> new IllegalTransitionException(from, action));
	}

	/** The actions a page may offer for an appeal in this status. */
	public static java.util.Set<AppealAction> allowedFrom(AppealStatus from) {
		return java.util.Collections.unmodifiableSet(TABLE.getOrDefault(from, Map.of()).keySet());
	}

}
