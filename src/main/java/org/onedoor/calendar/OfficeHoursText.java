package org.onedoor.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Office hours as an administrator types them: {@code 09:00-12:00, 13:30-17:30}. */
final class OfficeHoursText {

	private OfficeHoursText() {
	}

	/** @throws IllegalArgumentException with no sessions, a bad time, or overlapping sessions */
	static OfficeHours parse(String text, ZoneId zone) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("no sessions");
		}
		List<OfficeHours.Session> sessions = new ArrayList<>();
		for (String part : text.split("[,，;；\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			String[] ends = part.split("[-–~～]");
			if (ends.length != 2) {
				throw new IllegalArgumentException("not start-end: " + part);
			}
			try {
				sessions.add(new OfficeHours.Session(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("not a time: " + part, ex);
			}
		}
		return new OfficeHours(zone, sessions);
	}

	static String format(OfficeHours hours) {
		return hours.sessions().stream().map(OfficeHours.Session::toString).collect(Collectors.joining(", "));
	}

	/** Accepts 9:00 as well as 09:00. */
	private static String pad(String time) {
		String trimmed = time.strip();
		return trimmed.indexOf(':') == 1 ? "0" + trimmed : trimmed;
	}

}
