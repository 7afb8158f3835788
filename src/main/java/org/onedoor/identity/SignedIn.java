package org.onedoor.identity;

import org.onedoor.directory.DivisionCode;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as other modules see them, with the rules of what they may act on.
 * Staff act for their own unit; a supervisor or administrator also covers every division inside
 * their unit's division. Citizens cover nothing.
 *
 * @param accountId the account's id
 * @param loginName the username (staff) or mobile number (citizens) used to sign in
 * @param displayName how to address them, e.g. 王芳
 * @param roles their roles
 * @param unitId the unit a staff member belongs to, {@code null} for citizens
 * @param divisionCode the division of that unit, {@code null} for citizens
 */
public record SignedIn(long accountId, String loginName, String displayName, Set<Role> roles, Long unitId,
		String divisionCode) implements Serializable {

	public SignedIn {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isStaff() {
		return unitId != null && roles.stream().anyMatch(Role::isStaff);
	}

	/** Whether the whole division {@code code} (and everything in it) lies within this person's scope. */
	public boolean covers(String code) {
		if (!isStaff() || divisionCode == null || !DivisionCode.isValid(code) || !DivisionCode.isValid(divisionCode)
				|| roles.stream().noneMatch(Role::coversDivision)) {
			return false;
		}
		return new DivisionCode(code).isWithin(new DivisionCode(divisionCode));
	}

	/**
	 * Whether this person may act for the unit {@code targetUnitId} that serves
	 * {@code targetDivisionCode}: their own unit always, another only by covering its division.
	 */
	public boolean canActFor(long targetUnitId, String targetDivisionCode) {
		if (!isStaff()) {
			return false;
		}
		return unitId == targetUnitId || covers(targetDivisionCode);
	}

}
