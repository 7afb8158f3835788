package org.onedoor.applications;

/**
 * How close a time limit is: a warning once the share of days used reaches the configured
 * point (80% by default), overdue once more days are used than allowed.
 */
public enum Urgency {

	ON_TIME, WARNING, OVERDUE, PAUSED;

	static Urgency of(int used, int limit, int warnPercent) {
		if (used > limit) {
			return OVERDUE;
		}
		return limit > 0 && used * 100 >= limit * warnPercent ? WARNING : ON_TIME;
	}

	public String messageKey() {
		return "applications.urgency." + name();
	}

}
