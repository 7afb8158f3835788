package org.onedoor.catalogue;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who administers which items: an administrator every item, a unit head the items of their own
 * unit. Anyone else is refused (403).
 */
@Component
class ItemAccess {

	private final CurrentUser currentUser;

	private final Directory directory;

	ItemAccess(CurrentUser currentUser, Directory directory) {
		this.currentUser = currentUser;
		this.directory = directory;
	}

	/** The signed-in administrator's login; refuses those who may not edit items of {@code unitCode}. */
	String requireFor(String unitCode) {
		SignedIn who = currentUser.require();
		if (!mayEdit(who, unitCode)) {
			throw new AccessDeniedException("catalogue items of " + unitCode);
		}
		return who.loginName();
	}

	boolean mayEdit(SignedIn who, String unitCode) {
		if (who.has(Role.ADMIN)) {
			return true;
		}
		return who.has(Role.UNIT_HEAD) && unitCode != null && unitCode.equals(ownUnitCode(who));
	}

	/** The unit a unit head may restrict lists to; {@code null} for administrators (all units). */
	String scope() {
		SignedIn who = currentUser.require();
		if (who.has(Role.ADMIN)) {
			return null;
		}
		if (!who.has(Role.UNIT_HEAD)) {
			throw new AccessDeniedException("catalogue administration");
		}
		return ownUnitCode(who);
	}

	private String ownUnitCode(SignedIn who) {
		return who.unitId() == null ? null : directory.findUnit(who.unitId()).map(Unit::code).orElse(null);
	}

}
