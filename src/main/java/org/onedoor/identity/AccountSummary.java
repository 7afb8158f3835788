package org.onedoor.identity;

/**
 * What other modules may know about an account: enough to show who did something.
 *
 * @param id the account's id
 * @param displayName e.g. 王芳
 * @param staff whether it is a staff account
 * @param unitId the staff member's unit, {@code null} for citizens
 * @param enabled whether it may sign in
 */
public record AccountSummary(long id, String displayName, boolean staff, Long unitId, boolean enabled) {
}
