/**
 * China's working-day calendar: which days are worked (State Council holidays and 调休 make-up
 * days), office hours, and the deadline arithmetic built on them. Other modules call
 * {@link org.onedoor.calendar.WorkingCalendar} and may listen to
 * {@link org.onedoor.calendar.CalendarYearPublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar 工作日历")
package org.onedoor.calendar;
