package org.onedoor.appeals;

import org.onedoor.directory.Directory;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on an appeal: a dispatcher within their division, the lead unit's handlers and
 * head for their unit's appeals, supervisors within the division they cover. Each check answers
 * the {@link Actor} the step is recorded under.
 */
@Component
class StaffScope {

	private final CurrentUser currentUser;

	private final Directory directory;

	StaffScope(CurrentUser currentUser, Directory directory) {
		this.currentUser = currentUser;
		this.directory = directory;
	}

	/** 受理, 派单, 延期审批, 重办: the dispatcher of the appeal's division. */
	Actor dispatcher(AppealCase appeal) {
		SignedIn me = currentUser.require();
		if (!isDispatcherFor(me, appeal)) {
			throw new AccessDeniedException("not a dispatcher for appeal " + appeal.id());
		}
		return actor(me);
	}

	/** 签收, 退单, 申请延期, 补充材料, 答复: staff of the lead unit. */
	Actor leadUnit(AppealCase appeal) {
		SignedIn me = currentUser.require();
		if (!isLeadUnitStaff(me, appeal)) {
			throw new AccessDeniedException("not staff of the lead unit of appeal " + appeal.id());
		}
		return actor(me);
	}

	/** 催办: the dispatcher or a supervisor covering the appeal's place. */
	Actor oversight(AppealCase appeal) {
		SignedIn me = currentUser.require();
		if (!isDispatcherFor(me, appeal) && !isSupervisorFor(me, appeal)) {
			throw new AccessDeniedException("no oversight of appeal " + appeal.id());
		}
		return actor(me);
	}

	/** Who may open the appeal at all, and as which side. */
	Viewer viewer(AppealCase appeal) {
		SignedIn me = currentUser.require();
		boolean oversight = isDispatcherFor(me, appeal) || isSupervisorFor(me, appeal)
				|| (me.has(Role.HOTLINE_OPERATOR) && inDivision(me, appeal))
				// a leader reads the appeals behind the hot topics of their division
				|| (me.isStaff() && me.has(Role.LEADER) && inDivision(me, appeal));
		boolean concerned = me.isStaff() && appeal.concerns(me.unitId())
				&& (me.has(Role.UNIT_HANDLER) || me.has(Role.UNIT_HEAD));
		if (!oversight && !concerned) {
			throw new AccessDeniedException("appeal " + appeal.id() + " is outside this person's scope");
		}
		return new Viewer(me, oversight, concerned, isDispatcherFor(me, appeal), isLeadUnitStaff(me, appeal));
	}

	/**
	 * @param oversight dispatcher, supervisor or operator side
	 * @param concernedUnit acts for the lead unit or a co-unit
	 */
	record Viewer(SignedIn who, boolean oversight, boolean concernedUnit, boolean dispatcher, boolean leadUnit) {
	}

	boolean isDispatcherFor(SignedIn me, AppealCase appeal) {
		return me.isStaff() && me.has(Role.DISPATCHER) && inDivision(me, appeal);
	}

	private boolean isSupervisorFor(SignedIn me, AppealCase appeal) {
		return me.isStaff() && (me.has(Role.SUPERVISOR) || me.has(Role.ADMIN)) && inDivision(me, appeal);
	}

	private static boolean isLeadUnitStaff(SignedIn me, AppealCase appeal) {
		return me.isStaff() && (me.has(Role.UNIT_HANDLER) || me.has(Role.UNIT_HEAD)) && appeal.leadUnitId() != null
				&& appeal.leadUnitId().equals(me.unitId());
	}

	/** An appeal without a place belongs to every dispatcher's queue; one with a place to its division's. */
	private boolean inDivision(SignedIn me, AppealCase appeal) {
		return me.divisionCode() != null
				&& (appeal.divisionCode() == null || directory.isWithin(appeal.divisionCode(), me.divisionCode()));
	}

	static Actor actor(SignedIn me) {
		return new Actor(me.displayName(), me.accountId(), me.unitId());
	}

}
