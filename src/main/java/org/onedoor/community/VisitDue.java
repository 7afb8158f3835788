package org.onedoor.community;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the next visit to an elderly person is due. Counted from the last visit, or from the
 * day the person joined the roster when nobody has visited yet, so a new name is never
 * "overdue since forever" and never forgotten either.
 *
 * @param due the last day by which someone should have visited
 * @param daysOverdue days past {@code due} (0 when not overdue)
 */
record VisitDue(LocalDate due, long daysOverdue) {

	static VisitDue of(Risk risk, LocalDate registeredOn, LocalDate lastVisit, LocalDate today) {
		LocalDate from = lastVisit == null || lastVisit.isBefore(registeredOn) ? registeredOn : lastVisit;
		LocalDate due = risk.frequency().nextDue(from);
		long late = today.isAfter(due) ? ChronoUnit.DAYS.between(due, today) : 0;
		return new VisitDue(due, late);
	}

	public boolean overdue() {
		return daysOverdue > 0;
	}

}
