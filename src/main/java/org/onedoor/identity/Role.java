package org.onedoor.identity;

/**
 * What a person may do. Each role becomes the authority {@code ROLE_<NAME>}; every role but
 * {@link #CITIZEN} belongs to staff, who also carry the authority {@link #STAFF_AUTHORITY}.
 */
public enum Role {

	CITIZEN, HOTLINE_OPERATOR, DISPATCHER, UNIT_HANDLER, UNIT_HEAD, SUPERVISOR, WINDOW_CLERK, VILLAGE_AGENT,
	COMMUNITY_ORGANISER, VOLUNTEER, LEADER, ADMIN;

	/** Carried by every staff account, whatever its roles. */
	public static final String STAFF_AUTHORITY = "STAFF";

	/** Carried by those who may read the audit trail (ADMIN, SUPERVISOR); used for menus. */
	public static final String AUDIT_READER_AUTHORITY = "AUDIT_READ";

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != CITIZEN;
	}

	/**
	 * Roles whose scope is a whole division rather than one unit. A leader (领导) reads the
	 * figures, hot topics and dashboards of the division their government office serves.
	 */
	public boolean coversDivision() {
		return this == SUPERVISOR || this == LEADER || this == ADMIN;
	}

	/** Bundle key of the role's name. */
	public String messageKey() {
		return "identity.role." + name();
	}

}
