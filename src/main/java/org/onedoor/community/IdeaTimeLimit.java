package org.onedoor.community;

import java.time.LocalDate;

import org.onedoor.calendar.WorkingCalendar;

/**
 * Organisers answer every idea within a number of working days (holidays and adjusted
 * weekends per the State Council's notice). An idea is overdue from the day after its due date
 * until it is answered.
 */
final class IdeaTimeLimit {

	private final WorkingCalendar calendar;

	private final int workingDays;

	IdeaTimeLimit(WorkingCalendar calendar, int workingDays) {
		if (workingDays < 1 || workingDays > 60) {
			throw new IllegalArgumentException("idea answer time limit must be 1..60 working days");
		}
		this.calendar = calendar;
		this.workingDays = workingDays;
	}

	LocalDate dueFor(LocalDate proposedOn) {
		return calendar.addWorkingDays(proposedOn, workingDays);
	}

	static boolean overdue(IdeaStatus status, LocalDate due, LocalDate today) {
		return status == IdeaStatus.OPEN && today.isAfter(due);
	}

}
