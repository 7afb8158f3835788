package org.onedoor.applications;

import java.util.Optional;

import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may see and act on an application. The applicant (or whoever filed it for them) sees
 * their own; a window clerk the ones at their hall; a step holder the ones at their step; a
 * supervisor or administrator those of units in their scope. Anyone else is told there is no
 * such application, so numbers cannot be probed.
 */
@Component
class ApplicationAccess {

	private final CurrentUser current;

	ApplicationAccess(CurrentUser current) {
		this.current = current;
	}

	boolean isApplicant(Application a, SignedIn me) {
		return (a.ownerAccountId() != null && a.ownerAccountId() == me.accountId()) || a.filedByAccount() == me.accountId();
	}

	boolean isClerk(Application a, SignedIn me) {
		return me.has(Role.WINDOW_CLERK) && current.canActFor(a.hallUnitId());
	}

	boolean holdsStep(Application a, SignedIn me) {
		return a.state() == ApplicationState.IN_APPROVAL && a.stepRole() != null && a.stepUnitId() != null
				&& me.roles().stream().anyMatch(r -> r.name().equals(a.stepRole())) && current.canActFor(a.stepUnitId());
	}

	boolean oversees(Application a, SignedIn me) {
		return (me.has(Role.SUPERVISOR) || me.has(Role.ADMIN) || me.has(Role.UNIT_HEAD)) && current.canActFor(a.unitId());
	}

	boolean isStaffReader(Application a, SignedIn me) {
		return isClerk(a, me) || holdsStep(a, me) || oversees(a, me);
	}

	/** The application if {@code me} may read it, else not found. */
	Application readable(Optional<Application> found, String number, SignedIn me) {
		return found.filter(a -> isApplicant(a, me) || isStaffReader(a, me))
			.orElseThrow(() -> new NotFoundException("applications.notFound", number));
	}

}
