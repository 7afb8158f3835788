package org.onedoor.oversight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where in a stage's allowed time the responsible people are warned, in percent; 100 (the
 * deadline itself, when the stage is overdue) is always included.
 */
record WarningPoints(List<Integer> percents) {

	WarningPoints {
		TreeSet<Integer> sorted = new TreeSet<>();
		for (Integer percent : percents) {
			if (percent == null || percent < 1 || percent > 99) {
				throw new IllegalArgumentException("warning points are percents between 1 and 99: " + percent);
			}
			sorted.add(percent);
		}
		sorted.add(100);
		percents = List.copyOf(sorted);
	}

	record Point(int percent, Instant dueAt) {

		boolean overdue() {
			return percent == 100;
		}

	}

	/** How time is measured: office time for a unit's stage, so no warning falls on a Sunday. */
	interface TimeLine {

		Duration between(Instant from, Instant to);

		Instant plus(Instant from, Duration amount);

		TimeLine WALL = new TimeLine() {

			@Override
			public Duration between(Instant from, Instant to) {
				return Duration.between(from, to);
			}

			@Override
			public Instant plus(Instant from, Duration amount) {
				return from.plus(amount);
			}

		};

	}

	/**
	 * The instants of every point between the stage's start and its deadline. The deadline point
	 * is the deadline itself; when there is no office time in between (a 24-hour rule over a
	 * weekend), the points fall in wall-clock time instead.
	 */
	List<Point> between(Instant start, Instant deadline, TimeLine time) {
		Duration allowed = time.between(start, deadline);
		TimeLine used = time;
		if (allowed.isNegative() || allowed.isZero()) {
			used = TimeLine.WALL;
			allowed = Duration.between(start, deadline);
		}
		if (allowed.isNegative()) {
			allowed = Duration.ZERO;
		}
		List<Point> points = new ArrayList<>();
		for (int percent : percents) {
			Instant due = percent == 100 ? deadline : used.plus(start, allowed.multipliedBy(percent).dividedBy(100));
			points.add(new Point(percent, due.isAfter(deadline) ? deadline : due));
		}
		return points;
	}

}
