package org.onedoor.appeals;

import java.time.Duration;
import java.time.Instant;

/**
 * A deadline as a page shows it: when, the colour, and the office time left (negative when
 * overdue) in hours and minutes.
 */
record DeadlineView(Instant deadline, DeadlineColour colour, Duration left) {

	static final DeadlineView NONE = new DeadlineView(null, DeadlineColour.NONE, null);

	public boolean overdue() {
		return colour == DeadlineColour.RED;
	}

	public long hoursLeft() {
		return left == null ? 0 : Math.abs(left.toHours());
	}

	public int minutesLeft() {
		return left == null ? 0 : Math.abs(left.toMinutesPart());
	}

}
