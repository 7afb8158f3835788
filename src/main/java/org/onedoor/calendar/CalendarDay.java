package org.onedoor.calendar;

import java.time.LocalDate;

/**
 * One day as the calendar sees it.
 *
 * @param date the day
 * @param kind why it is or is not worked
 * @param name the holiday's name (e.g. 国庆节) for {@link DayKind#HOLIDAY} and
 * {@link DayKind#WORKING_WEEKEND}, otherwise {@code null}
 * @param provisional {@code true} when the day's year has not been published yet, so only the
 * weekend rule was applied and the answer may change once the State Council's notice is entered
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, boolean provisional) {

	public boolean workingDay() {
		return kind.working();
	}

}
