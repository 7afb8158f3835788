package org.onedoor.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one year's special days from a holiday-cn style file — CSV ({@code date,name,type}) or
 * the JSON published by holiday-cn (year, papers, days with name, date, isOffDay) — and checks every
 * rule, collecting all problems so an administrator can fix the file in one go.
 */
final class YearFileParser {

	static final int MAX_BYTES = 64 * 1024;

	/** A year's notice has about 30-40 special days; far more means the wrong file. */
	static final int MAX_DAYS = 120;

	static final String TYPE_OFF = "off";

	static final String TYPE_WORKDAY = "workday(调休上班)";

	static final String LINE = "calendar.import.line";

	static final String ENTRY = "calendar.import.entry";

	YearFile parse(int year, byte[] content) {
		if (content == null || content.length == 0) {
			return YearFile.rejected(year, ImportProblem.file("calendar.import.empty"));
		}
		if (content.length > MAX_BYTES) {
			return YearFile.rejected(year, ImportProblem.file("calendar.import.tooBig", MAX_BYTES / 1024));
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return YearFile.rejected(year, ImportProblem.file("calendar.import.encoding"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			return YearFile.rejected(year, ImportProblem.file("calendar.import.empty"));
		}
		List<RawDay> raw = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		String source = text.strip().startsWith("{") ? HolidayCnJson.read(text, year, raw, problems)
				: HolidayCsv.read(text, raw, problems);
		return check(year, raw, source, problems);
	}

	/** Checks every day even when the file had structural problems, so all are reported at once. */
	private YearFile check(int year, List<RawDay> raw, String source, List<ImportProblem> problems) {
		boolean structural = !problems.isEmpty();
		List<SpecialDay> days = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		if (raw.isEmpty() && !structural) {
			problems.add(ImportProblem.file("calendar.import.noDays"));
		}
		if (raw.size() > MAX_DAYS) {
			problems.add(ImportProblem.file("calendar.import.tooManyDays", MAX_DAYS));
		}
		for (RawDay day : raw) {
			SpecialDay checked = check(year, day, seen, problems);
			if (checked != null) {
				days.add(checked);
			}
		}
		days.sort(java.util.Comparator.comparing(SpecialDay::date));
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::position));
		return new YearFile(year, problems.isEmpty() ? days : List.of(), source, problems);
	}

	private SpecialDay check(int year, RawDay day, Set<LocalDate> seen, List<ImportProblem> problems) {
		int before = problems.size();
		LocalDate date = null;
		try {
			date = LocalDate.parse(day.date().strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(ImportProblem.at(day.whereKey(), day.position(), "calendar.import.badDate", day.date()));
		}
		SpecialDay.Kind kind = kind(day.type());
		if (kind == null) {
			problems.add(ImportProblem.at(day.whereKey(), day.position(), "calendar.import.badType", day.type(),
					TYPE_OFF, TYPE_WORKDAY));
		}
		if (!validName(day.name())) {
			problems.add(ImportProblem.at(day.whereKey(), day.position(), "calendar.import.badName",
					SpecialDay.MAX_NAME_LENGTH));
		}
		if (date != null) {
			if (date.getYear() != year) {
				problems.add(ImportProblem.at(day.whereKey(), day.position(), "calendar.import.outsideYear", date, year));
			}
			else if (!seen.add(date)) {
				problems.add(ImportProblem.at(day.whereKey(), day.position(), "calendar.import.duplicate", date));
			}
			if (kind == SpecialDay.Kind.WORKDAY && !SpecialDay.isWeekend(date)) {
				problems.add(ImportProblem.at(day.whereKey(), day.position(), "calendar.import.workdayNotWeekend", date));
			}
		}
		return problems.size() == before ? new SpecialDay(date, day.name().strip(), kind) : null;
	}

	/** Checks one day entered in a form, against the same rules as a file. */
	YearFile parseDay(int year, String date, String name, String type) {
		List<ImportProblem> problems = new ArrayList<>();
		SpecialDay day = check(year, new RawDay(null, 0, strip(date), name, type), new HashSet<>(), problems);
		return new YearFile(year, day == null ? List.of() : List.of(day), null, problems);
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

	static SpecialDay.Kind kind(String type) {
		if (type == null) {
			return null;
		}
		return switch (type.strip().toLowerCase(Locale.ROOT)) {
			case TYPE_OFF -> SpecialDay.Kind.OFF;
			case TYPE_WORKDAY -> SpecialDay.Kind.WORKDAY;
			default -> null;
		};
	}

	/** Names go back into CSV unquoted, so they may not hold separators, quotes or line breaks. */
	static boolean validName(String name) {
		return name != null && !name.isBlank() && name.strip().length() <= SpecialDay.MAX_NAME_LENGTH
				&& name.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
	}

	/** A day as found in the file, before any check. */
	record RawDay(String whereKey, int position, String date, String name, String type) {
	}

}
