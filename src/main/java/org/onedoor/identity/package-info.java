/**
 * Who is who: citizens and staff, their roles, the unit and division staff act for, sign-in,
 * and the security rules every request passes through.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity 身份与权限")
package org.onedoor.identity;
