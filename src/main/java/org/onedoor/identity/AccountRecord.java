package org.onedoor.identity;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** One stored account with its roles, as read from the database. */
record AccountRecord(long id, Kind kind, String username, String mobile, String displayName, String passwordHash,
		Long unitId, boolean enabled, boolean mustChangePassword, OffsetDateTime createdAt, int version,
		Set<Role> roles) {

	enum Kind {
		CITIZEN, STAFF
	}

	AccountRecord {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	boolean isStaff() {
		return kind == Kind.STAFF;
	}

	/** What the person typed to sign in. */
	String loginName() {
		return isStaff() ? username : mobile;
	}

	AccountRecord withRoles(Set<Role> newRoles) {
		return new AccountRecord(id, kind, username, mobile, displayName, passwordHash, unitId, enabled,
				mustChangePassword, createdAt, version, newRoles);
	}

	AccountSummary summary() {
		return new AccountSummary(id, displayName, isStaff(), unitId, enabled);
	}

}
