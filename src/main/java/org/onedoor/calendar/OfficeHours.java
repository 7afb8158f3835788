package org.onedoor.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When a unit works on a working day: one or more sessions (e.g. a morning and an afternoon)
 * in a time zone. Working hours are counted only inside these sessions.
 *
 * @param zone the unit's time zone
 * @param sessions non-overlapping sessions, in order
 */
public record OfficeHours(ZoneId zone, List<Session> sessions) {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The usual hours of a Chinese government office. */
	public static final OfficeHours DEFAULT = new OfficeHours(CHINA,
			List.of(new Session(LocalTime.of(9, 0), LocalTime.of(12, 0)),
					new Session(LocalTime.of(13, 30), LocalTime.of(17, 30))));

	/** One stretch of work, {@code start} inclusive, {@code end} exclusive. */
	public record Session(LocalTime start, LocalTime end) {

		public Session {
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
			if (!start.isBefore(end)) {
				throw new IllegalArgumentException("a session must end after it starts: " + start + "-" + end);
			}
		}

		public Duration length() {
			return Duration.between(start, end);
		}

		@Override
		public String toString() {
			return start + "-" + end;
		}

	}

	public OfficeHours {
		Objects.requireNonNull(zone, "zone");
		if (sessions == null || sessions.isEmpty()) {
			throw new IllegalArgumentException("office hours need at least one session");
		}
		List<Session> sorted = new ArrayList<>(sessions);
		sorted.sort(Comparator.comparing(Session::start));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
				throw new IllegalArgumentException("sessions overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
			}
		}
		sessions = List.copyOf(sorted);
	}

	/** Working time in one full working day, 7.5 hours for the default. */
	public Duration perDay() {
		return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
	}

	@Override
	public String toString() {
		return sessions.stream().map(Session::toString).collect(java.util.stream.Collectors.joining(", ")) + " ("
				+ zone + ")";
	}

}
