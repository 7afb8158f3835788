package org.onedoor.calendar;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form published by NateScarlet/holiday-cn:
 * with a year, a list of notice addresses (papers) and days, each with name, date and isOffDay.
 */
final class HolidayCnJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private HolidayCnJson() {
	}

	/** Adds the days to {@code days}; returns the first notice's address, if any, as the source. */
	static String read(String text, int year, List<YearFileParser.RawDay> days, List<ImportProblem> problems) {
		JsonNode root;
		try {
			root = MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			problems.add(ImportProblem.file("calendar.import.badJson"));
			return null;
		}
		if (root == null || !root.isObject() || !root.path("days").isArray()) {
			problems.add(ImportProblem.file("calendar.import.badJson"));
			return null;
		}
		JsonNode fileYear = root.path("year");
		if (!fileYear.isMissingNode() && (!fileYear.isIntegralNumber() || fileYear.asInt() != year)) {
			problems.add(ImportProblem.file("calendar.import.jsonYear", fileYear.toString(), year));
		}
		int position = 0;
		for (JsonNode day : root.path("days")) {
			position++;
			JsonNode off = day.path("isOffDay");
			String type = off.isBoolean() ? (off.asBoolean() ? YearFileParser.TYPE_OFF : YearFileParser.TYPE_WORKDAY)
					: text(off);
			days.add(new YearFileParser.RawDay(YearFileParser.ENTRY, position, text(day.path("date")),
					text(day.path("name")), type));
		}
		JsonNode paper = root.path("papers").path(0);
		return paper.isString() ? paper.asString() : null;
	}

	/** What the file says, as text, so a number where a date belongs is reported, not dropped. */
	private static String text(JsonNode node) {
		if (node.isString()) {
			return node.asString();
		}
		return node.isMissingNode() || node.isNull() ? "" : node.toString();
	}

}
