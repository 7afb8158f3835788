package org.onedoor.appeals;

import java.time.Duration;

/** 红黄绿灯: how urgent a stage is, from the share of its time already used. */
public enum DeadlineColour {

	GREEN, YELLOW, RED, PAUSED, NONE;

	/** From 60% of the time used a stage shows yellow; past its deadline red. */
	static final double YELLOW_FROM = 0.6;

	/**
	 * @param allowed the whole time the stage was given (start to deadline)
	 * @param left office time left of it
	 * @param overdue whether the deadline has passed
	 */
	public static DeadlineColour of(Duration allowed, Duration left, boolean overdue) {
		if (overdue) {
			return RED;
		}
		if (allowed.isZero() || allowed.isNegative()) {
			return GREEN;
		}
		double used = 1.0 - (double) Math.max(left.toSeconds(), 0) / allowed.toSeconds();
		return used >= YELLOW_FROM ? YELLOW : GREEN;
	}

	public String cssClass() {
		return "deadline-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
