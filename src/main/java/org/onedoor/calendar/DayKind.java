package org.onedoor.calendar;

/** Why a day is, or is not, a working day. */
public enum DayKind {

	/** A public holiday from the State Council's notice (放假), even if it falls on a weekend. */
	HOLIDAY(false),

	/** A Saturday or Sunday worked to make up for a holiday (调休上班). */
	WORKING_WEEKEND(true),

	/** An ordinary Saturday or Sunday. */
	WEEKEND(false),

	/** An ordinary Monday to Friday. */
	WEEKDAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return working;
	}

}
