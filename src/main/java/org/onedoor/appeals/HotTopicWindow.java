package org.onedoor.appeals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.onedoor.shared.InvalidInputException;

/**
 * The days a hot-topics view covers, {@code [from, to)} in China's dates: an ISO week (Monday to
 * Monday), a calendar month, or days a leader chooses. Growth compares it with the equal window
 * just before it.
 */
record HotTopicWindow(String kind, LocalDate from, LocalDate to) {

	/** Longer windows mix matters that have long been settled with the new ones. */
	static final int MAX_DAYS = 92;

	HotTopicWindow {
		if (!from.isBefore(to)) {
			throw new InvalidInputException("to", "appeals-intel.hot.window.order");
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw new InvalidInputException("to", "appeals-intel.hot.window.tooLong", MAX_DAYS);
		}
	}

	static HotTopicWindow week(LocalDate day) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new HotTopicWindow("week", monday, monday.plusWeeks(1));
	}

	static HotTopicWindow month(LocalDate day) {
		LocalDate first = day.withDayOfMonth(1);
		return new HotTopicWindow("month", first, first.plusMonths(1));
	}

	/** @param to the last day included, as people say it ("1 to 15 March") */
	static HotTopicWindow custom(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", "appeals-intel.hot.window.required");
		}
		return new HotTopicWindow("custom", from, to.plusDays(1));
	}

	/** The equal window just before: last week for a week, last month for a month. */
	HotTopicWindow previous() {
		if ("month".equals(kind)) {
			return new HotTopicWindow(kind, from.minusMonths(1), from);
		}
		return new HotTopicWindow(kind, from.minusDays(ChronoUnit.DAYS.between(from, to)), from);
	}

	public LocalDate lastDay() {
		return to.minusDays(1);
	}

}
