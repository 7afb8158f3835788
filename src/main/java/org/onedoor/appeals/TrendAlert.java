package org.onedoor.appeals;

/**
 * When a topic is growing fast enough to tell a leader at once: at least {@code growth} times as
 * many citizens as in the window before and at least {@code minCitizens} of them (a topic that
 * is new this week counts as grown). Two people instead of one is no trend.
 */
record TrendAlert(double growth, int minCitizens) {

	boolean raised(int citizens, int previousCitizens) {
		return citizens >= minCitizens && citizens >= growth * previousCitizens;
	}

}
