package org.onedoor.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.onedoor.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only answers about China's working days, for anyone's deadline arithmetic. */
@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {

	/** Over the API, about four years of working days; beyond that is a typo, not a deadline. */
	static final int MAX_DAYS = 1000;

	private final WorkingCalendar calendar;

	CalendarApiController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/days/{date}")
	DayAnswer day(@PathVariable String date) {
		CalendarDay day = calendar.day(parseDate("date", date));
		return new DayAnswer(day.date(), day.workingDay(), day.kind(), day.name(), day.provisional());
	}

	@GetMapping("/add-working-days")
	AddAnswer addWorkingDays(@RequestParam String from, @RequestParam String days) {
		LocalDate start = parseDate("from", from);
		int count = parseDays(days);
		LocalDate result = calendar.addWorkingDays(start, count);
		return new AddAnswer(start, count, result, !calendar.isFinal(start, result));
	}

	@GetMapping("/working-days-between")
	BetweenAnswer workingDaysBetween(@RequestParam String from, @RequestParam String to) {
		LocalDate start = parseDate("from", from);
		LocalDate end = parseDate("to", to);
		if (end.isBefore(start) || start.plusYears(10).isBefore(end)) {
			throw new InvalidInputException("to", "calendar.api.to.range");
		}
		return new BetweenAnswer(start, end, calendar.workingDaysBetween(start, end), !calendar.isFinal(start, end));
	}

	private static LocalDate parseDate(String parameter, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(parameter, "calendar.api.date.invalid", parameter, value);
		}
	}

	private static int parseDays(String value) {
		try {
			int days = Integer.parseInt(value.strip());
			if (days >= 0 && days <= MAX_DAYS) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like any other number out of range
		}
		throw new InvalidInputException("days", "calendar.api.days.invalid", value, String.valueOf(MAX_DAYS));
	}

	/** A day: whether it is worked and why ({@code name} only for holidays and 调休 days). */
	record DayAnswer(LocalDate date, boolean workingDay, DayKind kind, @JsonInclude(JsonInclude.Include.NON_NULL) String name,
			boolean provisional) {
	}

	/** The {@code days}-th working day after {@code from}. */
	record AddAnswer(LocalDate from, int days, LocalDate date, boolean provisional) {
	}

	/** Working days after {@code from} up to and including {@code to}. */
	record BetweenAnswer(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
	}

}
