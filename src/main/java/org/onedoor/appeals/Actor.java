package org.onedoor.appeals;

/**
 * Who takes a step, as recorded in the appeal's history.
 *
 * @param name display name for the timeline (a staff member's name, 群众 for a citizen, 系统)
 * @param accountId the account, when signed in
 * @param unitId the unit the person acted for, when staff
 */
public record Actor(String name, Long accountId, Long unitId) {

	public static final Actor SYSTEM = new Actor("system", null, null);

	public static Actor citizen(Long accountId) {
		return new Actor("citizen", accountId, null);
	}

}
