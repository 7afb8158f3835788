package org.onedoor.applications;

import java.time.LocalDate;

/** An approval step reached its warning point or ran over; {@code role} in {@code unitId} holds it. */
public record ApplicationStepDueSoon(String number, String role, long unitId, LocalDate stepDue, boolean overdue) {
}
