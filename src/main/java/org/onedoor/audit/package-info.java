/**
 * The audit trail: who did what to which record, when and from where. Every module writes to it
 * through {@link org.onedoor.audit.AuditLog}; administrators read it in the console.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit 审计")
package org.onedoor.audit;
