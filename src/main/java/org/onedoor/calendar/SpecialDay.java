package org.onedoor.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** A date that differs from the plain weekend rule, as published in the State Council's notice. */
record SpecialDay(LocalDate date, String name, Kind kind) {

	static final int MAX_NAME_LENGTH = 50;

	enum Kind {

		/** A holiday (放假). */
		OFF,

		/** A weekend day worked to make up for a holiday (调休上班). */
		WORKDAY

	}

	SpecialDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("name must be 1-" + MAX_NAME_LENGTH + " characters");
		}
		if (kind == Kind.WORKDAY && !isWeekend(date)) {
			throw new IllegalArgumentException("a make-up working day must be a Saturday or Sunday: " + date);
		}
		name = name.strip();
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
