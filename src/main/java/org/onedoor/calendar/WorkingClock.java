package org.onedoor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Working-time arithmetic: time counts only inside office hours on working days. Instants are
 * read in the office's time zone.
 */
final class WorkingClock {

	/** Bounds the day-by-day walk; forty years of office hours is not a deadline. */
	private static final int MAX_DAYS = 366 * 40;

	private final HolidaySchedule schedule;

	private final OfficeHours hours;

	WorkingClock(HolidaySchedule schedule, OfficeHours hours) {
		this.schedule = schedule;
		this.hours = hours;
	}

	/**
	 * The instant at which {@code amount} of working time has passed since {@code start}. A
	 * deadline that uses up a session exactly ends at the session's end (12:00, not 13:30).
	 */
	Instant plus(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("working time must not be negative: " + amount);
		}
		if (amount.isZero()) {
			return start;
		}
		ZonedDateTime local = start.atZone(hours.zone());
		LocalDate date = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		Duration remaining = amount;
		for (int i = 0; i < MAX_DAYS; i++) {
			if (schedule.isWorkingDay(date)) {
				for (OfficeHours.Session session : hours.sessions()) {
					LocalTime from = time.isAfter(session.start()) ? time : session.start();
					if (from.isBefore(session.end())) {
						Duration available = Duration.between(from, session.end());
						if (remaining.compareTo(available) <= 0) {
							return date.atTime(from.plus(remaining)).atZone(hours.zone()).toInstant();
						}
						remaining = remaining.minus(available);
					}
				}
			}
			date = date.plusDays(1);
			time = LocalTime.MIDNIGHT;
		}
		throw new IllegalArgumentException("working time too long: " + amount);
	}

	/** Working time between two instants; negative when {@code to} is before {@code from}. */
	Duration between(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return between(to, from).negated();
		}
		LocalDate first = from.atZone(hours.zone()).toLocalDate();
		LocalDate last = to.atZone(hours.zone()).toLocalDate();
		if (first.plusDays(MAX_DAYS).isBefore(last)) {
			throw new IllegalArgumentException("interval too long: " + from + ".." + to);
		}
		Duration total = Duration.ZERO;
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			if (!schedule.isWorkingDay(date)) {
				continue;
			}
			for (OfficeHours.Session session : hours.sessions()) {
				Instant start = max(from, date.atTime(session.start()).atZone(hours.zone()).toInstant());
				Instant end = min(to, date.atTime(session.end()).atZone(hours.zone()).toInstant());
				if (start.isBefore(end)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
