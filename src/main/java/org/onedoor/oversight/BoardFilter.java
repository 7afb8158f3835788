package org.onedoor.oversight;

import java.util.Set;

import org.onedoor.directory.DivisionCode;
import org.onedoor.shared.InvalidInputException;

/**
 * What the supervisor board shows: the next {@code hours} working hours, narrowed by unit (code),
 * division, category, stage, supervision level and channel; empty text means any.
 */
record BoardFilter(String unit, String division, String category, String stage, String level, String channel,
		Integer hours) {

	static final int DEFAULT_HOURS = 8;

	private static final Set<String> STAGES = Set.of("DISPATCH", "SIGN_FOR", "REPLY");

	private static final Set<String> LEVELS = Set.of("YELLOW", "RED", "NONE");

	BoardFilter {
		unit = blankToNull(unit);
		division = blankToNull(division);
		category = blankToNull(category);
		stage = blankToNull(stage);
		level = blankToNull(level);
		channel = blankToNull(channel);
		hours = hours == null ? DEFAULT_HOURS : hours;
	}

	/** @throws InvalidInputException naming the first bad filter */
	BoardFilter checked() {
		if (hours < 1 || hours > 240) {
			throw new InvalidInputException("hours", "oversight.board.hoursRange");
		}
		if (division != null && !DivisionCode.isValid(division)) {
			throw new InvalidInputException("division", "oversight.board.badDivision");
		}
		if (stage != null && !STAGES.contains(stage)) {
			throw new InvalidInputException("stage", "oversight.board.badChoice");
		}
		if (level != null && !LEVELS.contains(level)) {
			throw new InvalidInputException("level", "oversight.board.badChoice");
		}
		if (channel != null && !channel.matches("[A-Z_0-9]{1,24}")) {
			throw new InvalidInputException("channel", "oversight.board.badChoice");
		}
		if (category != null && category.length() > 40 || unit != null && unit.length() > 40) {
			throw new InvalidInputException(category != null && category.length() > 40 ? "category" : "unit",
					"oversight.board.badChoice");
		}
		return this;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
