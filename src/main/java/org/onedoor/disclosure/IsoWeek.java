package org.onedoor.disclosure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onedoor.shared.InvalidInputException;

/** An ISO week (Monday to Sunday), written {@code 2026-W47}: the period of one weekly disclosure. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public IsoWeek {
		if (year < 2000 || year > 2100 || week < 1 || week > weeksIn(year)) {
			throw new InvalidInputException("week", "disclosure.week.invalid", year + "-W" + week);
		}
	}

	/** @throws InvalidInputException when the text is not a week such as 2026-W47 */
	public static IsoWeek parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			throw new InvalidInputException("week", "disclosure.week.invalid", text == null ? "" : text);
		}
		return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	public static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private static int weeksIn(int year) {
		return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
	}

	public LocalDate monday() {
		return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
	}

	public LocalDate sunday() {
		return monday().plusDays(6);
	}

	public IsoWeek next() {
		return of(monday().plusWeeks(1));
	}

	public IsoWeek previous() {
		return of(monday().minusWeeks(1));
	}

	@Override
	public int compareTo(IsoWeek other) {
		return monday().compareTo(other.monday());
	}

	@Override
	public String toString() {
		return "%d-W%02d".formatted(year, week);
	}

}
