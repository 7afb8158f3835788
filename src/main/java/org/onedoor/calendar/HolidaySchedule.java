package org.onedoor.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the published special days: answers which days are worked and does
 * the working-day arithmetic. Years not published fall back to the weekend rule (provisional).
 */
final class HolidaySchedule {

	/** About 40 years of working days; more is a mistake, not a deadline. */
	static final int MAX_WORKING_DAYS = 10_000;

	static final HolidaySchedule EMPTY = new HolidaySchedule(Set.of(), Set.of());

	private final Map<LocalDate, SpecialDay> special;

	private final SortedSet<Integer> publishedYears;

	HolidaySchedule(Collection<SpecialDay> days, Collection<Integer> publishedYears) {
		this.special = days.stream().collect(Collectors.toUnmodifiableMap(SpecialDay::date, Function.identity()));
		this.publishedYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(publishedYears));
	}

	CalendarDay day(LocalDate date) {
		boolean provisional = !publishedYears.contains(date.getYear());
		SpecialDay day = special.get(date);
		if (day != null) {
			DayKind kind = day.kind() == SpecialDay.Kind.OFF ? DayKind.HOLIDAY : DayKind.WORKING_WEEKEND;
			return new CalendarDay(date, kind, day.name(), provisional);
		}
		return new CalendarDay(date, SpecialDay.isWeekend(date) ? DayKind.WEEKEND : DayKind.WEEKDAY, null, provisional);
	}

	boolean isWorkingDay(LocalDate date) {
		SpecialDay day = special.get(date);
		return day != null ? day.kind() == SpecialDay.Kind.WORKDAY : !SpecialDay.isWeekend(date);
	}

	/**
	 * The {@code days}-th working day after {@code from} ({@code from} itself never counts, so a
	 * request received on a holiday starts counting on the next working day). Zero days is
	 * {@code from} itself.
	 */
	LocalDate addWorkingDays(LocalDate from, int days) {
		if (days < 0 || days > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("days must be 0-" + MAX_WORKING_DAYS + ": " + days);
		}
		LocalDate date = from;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * Working days after {@code from} up to and including {@code to}: the inverse of
	 * {@link #addWorkingDays}. Negative when {@code to} is before {@code from}.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		if (from.plusYears(100).isBefore(to)) {
			throw new IllegalArgumentException("interval longer than 100 years: " + from + ".." + to);
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	boolean isPublished(int year) {
		return publishedYears.contains(year);
	}

	/** Whether every year touched by the interval is published, i.e. the answer is final. */
	boolean covers(LocalDate from, LocalDate to) {
		int first = Math.min(from.getYear(), to.getYear());
		int last = Math.max(from.getYear(), to.getYear());
		for (int year = first; year <= last; year++) {
			if (!publishedYears.contains(year)) {
				return false;
			}
		}
		return true;
	}

	SortedSet<Integer> publishedYears() {
		return publishedYears;
	}

}
