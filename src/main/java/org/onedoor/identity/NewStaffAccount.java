package org.onedoor.identity;

import java.util.Set;

/** An administrator's request for a new staff account; validated by {@link StaffAdministration}. */
record NewStaffAccount(String username, String displayName, String unitCode, Set<Role> roles, String password) {
}
