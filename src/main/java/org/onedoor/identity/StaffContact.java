package org.onedoor.identity;

/** How to reach a member of staff: for warnings and escalations, never shown to citizens. */
public record StaffContact(long accountId, String displayName, String mobile) {
}
