package org.onedoor.network;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.DayKind;
import org.onedoor.calendar.OfficeHours.Session;

/**
 * A point's week, as an administrator writes it: {@code 1-5 09:00-12:00,13:30-17:30; 6 09:00-12:00}
 * (days 1 = Monday … 7 = Sunday). The working calendar decides the day: on a public holiday the
 * point is closed whatever the weekday, and on a make-up working weekend (调休上班) it keeps the
 * hours of an ordinary Monday, as government offices do.
 */
record OpeningHours(Map<DayOfWeek, List<Session>> week) {

	OpeningHours {
		week = Map.copyOf(week);
		if (week.isEmpty()) {
			throw new IllegalArgumentException("no opening days");
		}
	}

	/** @throws IllegalArgumentException naming what is wrong */
	static OpeningHours parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty");
		}
		Map<DayOfWeek, List<Session>> week = new EnumMap<>(DayOfWeek.class);
		for (String part : text.strip().split("\\s*[;；]\\s*")) {
			String[] daysAndTimes = part.strip().split("\\s+", 2);
			if (daysAndTimes.length != 2) {
				throw new IllegalArgumentException("not 'days times': " + part);
			}
			List<Session> sessions = sessions(daysAndTimes[1]);
			for (DayOfWeek day : days(daysAndTimes[0])) {
				if (week.put(day, sessions) != null) {
					throw new IllegalArgumentException("day given twice: " + day.getValue());
				}
			}
		}
		return new OpeningHours(week);
	}

	/** The sessions on that day; none on a holiday. */
	List<Session> on(CalendarDay day) {
		if (day.kind() == DayKind.HOLIDAY) {
			return List.of();
		}
		DayOfWeek weekday = day.kind() == DayKind.WORKING_WEEKEND ? DayOfWeek.MONDAY : day.date().getDayOfWeek();
		return week.getOrDefault(weekday, List.of());
	}

	boolean openAt(CalendarDay day, LocalTime time) {
		return on(day).stream().anyMatch(s -> !time.isBefore(s.start()) && time.isBefore(s.end()));
	}

	/** Consecutive days with the same sessions, Monday first: what a notice board prints. */
	List<DayGroup> groups() {
		List<DayGroup> groups = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<Session> sessions = week.get(day);
			DayGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (sessions == null) {
				continue;
			}
			if (last != null && last.to() == day.getValue() - 1 && last.sessions().equals(sessions)) {
				groups.set(groups.size() - 1, new DayGroup(last.from(), day.getValue(), sessions));
			}
			else {
				groups.add(new DayGroup(day.getValue(), day.getValue(), sessions));
			}
		}
		return groups;
	}

	/** The canonical text, which {@link #parse} reads back to the same hours. */
	String text() {
		List<String> parts = new ArrayList<>();
		for (DayGroup group : groups()) {
			String days = group.from() == group.to() ? "" + group.from() : group.from() + "-" + group.to();
			parts.add(days + " " + group.times());
		}
		return String.join("; ", parts);
	}

	/** Days {@code from}..{@code to} (1 = Monday) share these sessions. */
	record DayGroup(int from, int to, List<Session> sessions) {

		public String times() {
			return String.join(",", sessions.stream().map(s -> s.start() + "-" + s.end()).toList());
		}

	}

	private static List<DayOfWeek> days(String text) {
		List<DayOfWeek> days = new ArrayList<>();
		for (String piece : text.split(",")) {
			String[] ends = piece.split("-");
			int from = day(ends[0]);
			int to = ends.length == 2 ? day(ends[1]) : from;
			if (ends.length > 2 || to < from) {
				throw new IllegalArgumentException("bad day range: " + piece);
			}
			for (int d = from; d <= to; d++) {
				days.add(DayOfWeek.of(d));
			}
		}
		return days;
	}

	private static int day(String digit) {
		if (!digit.matches("[1-7]")) {
			throw new IllegalArgumentException("not a day 1-7: " + digit);
		}
		return Integer.parseInt(digit);
	}

	private static List<Session> sessions(String text) {
		List<Session> sessions = new ArrayList<>();
		for (String piece : text.split("[,，]")) {
			String[] ends = piece.strip().split("-");
			if (ends.length != 2) {
				throw new IllegalArgumentException("not start-end: " + piece);
			}
			Session session = new Session(time(ends[0]), time(ends[1]));
			if (!sessions.isEmpty() && session.start().isBefore(sessions.get(sessions.size() - 1).end())) {
				throw new IllegalArgumentException("sessions overlap or are out of order: " + text);
			}
			sessions.add(session);
		}
		return List.copyOf(sessions);
	}

	private static LocalTime time(String text) {
		String t = text.strip();
		if (!t.matches("\\d{1,2}:\\d{2}")) {
			throw new IllegalArgumentException("not a time: " + text);
		}
		return LocalTime.parse(t.length() == 4 ? "0" + t : t);
	}

}
