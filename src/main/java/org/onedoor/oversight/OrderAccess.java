package org.onedoor.oversight;

import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a supervision order: supervisors (and administrators) covering the unit's
 * division issue and review; the addressed unit's head and handlers answer; the head of the unit
 * it was escalated to may read it.
 */
@Component
class OrderAccess {

	private final CurrentUser currentUser;

	OrderAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	SignedIn me() {
		return currentUser.require();
	}

	boolean supervises(SignedIn me, String divisionCode) {
		return (me.has(Role.SUPERVISOR) || me.has(Role.ADMIN)) && divisionCode != null && me.covers(divisionCode);
	}

	boolean isUnitStaff(SignedIn me) {
		return me.isStaff() && (me.has(Role.UNIT_HEAD) || me.has(Role.UNIT_HANDLER));
	}

	SignedIn reviewer(SupervisionOrder order) {
		SignedIn me = me();
		if (!supervises(me, order.unitDivisionCode())) {
			throw new AccessDeniedException("does not supervise order " + order.id());
		}
		return me;
	}

	SignedIn answerer(SupervisionOrder order) {
		SignedIn me = me();
		if (!isUnitStaff(me) || me.unitId() != order.unitId()) {
			throw new AccessDeniedException("not staff of the unit order " + order.id() + " is addressed to");
		}
		return me;
	}

	SignedIn reader(SupervisionOrder order) {
		SignedIn me = me();
		boolean unit = isUnitStaff(me) && (me.unitId() == order.unitId()
				|| (order.escalatedToUnitId() != null && order.escalatedToUnitId().equals(me.unitId())));
		if (!unit && !supervises(me, order.unitDivisionCode())) {
			throw new AccessDeniedException("order " + order.id() + " is outside this person's scope");
		}
		return me;
	}

}
