package org.onedoor.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The special days of a year were published or changed: a whole year imported, or one day added
 * or removed. Deadlines already set are absolute instants and are not moved by the calendar;
 * a module that wants to react (e.g. warn about deadlines falling on a new holiday) listens here.
 *
 * @param year the year whose calendar changed
 * @param changedDates the dates whose name or kind changed (empty when nothing changed)
 */
public record CalendarYearPublished(int year, Set<LocalDate> changedDates) {

	public CalendarYearPublished {
		changedDates = Set.copyOf(changedDates);
	}

}
