/**
 * Oversight (督办): warnings before a unit's stage deadline, overdue marking and escalation up the
 * supervision chain. It keeps its own copy of each open unit stage, maintained from the appeals
 * events ({@code AppealDispatched}, {@code AppealSignedFor}, {@code AppealExtended} ...), and a
 * row per warning point; a scheduled sweep claims due points with {@code for update skip locked},
 * so every warning goes out once even with several nodes and after downtime.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight 督办")
package org.onedoor.oversight;
