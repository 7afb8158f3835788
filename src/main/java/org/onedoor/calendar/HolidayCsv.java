package org.onedoor.calendar;

import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** The CSV form of a calendar year: a {@code date,name,type} header, then one row per day. */
final class HolidayCsv {

	static final String HEADER = "date,name,type";

	private static final CsvMapper MAPPER = CsvMapper.builder()
		.enable(CsvReadFeature.WRAP_AS_ARRAY)
		.enable(CsvReadFeature.SKIP_EMPTY_LINES)
		.enable(CsvReadFeature.TRIM_SPACES)
		.build();

	private HolidayCsv() {
	}

	/** Adds the rows to {@code days}; returns no source because the CSV form names none. */
	static String read(String text, List<YearFileParser.RawDay> days, List<ImportProblem> problems) {
		try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(text)) {
			boolean header = true;
			while (rows.hasNextValue()) {
				// Read before the row is consumed: afterwards the reader already stands on the next line.
				int line = rows.currentLocation().getLineNr();
				String[] row = rows.nextValue();
				if (header) {
					header = false;
					if (!HEADER.equals(String.join(",", row).strip().toLowerCase(Locale.ROOT))) {
						problems.add(ImportProblem.file("calendar.import.header", HEADER));
						return null;
					}
					continue;
				}
				if (row.length != 3) {
					problems.add(ImportProblem.at(YearFileParser.LINE, line, "calendar.import.columns", row.length));
					continue;
				}
				days.add(new YearFileParser.RawDay(YearFileParser.LINE, line, row[0], row[1], row[2]));
			}
		}
		catch (JacksonException ex) {
			problems.add(ImportProblem.file("calendar.import.badCsv"));
		}
		return null;
	}

	/** Writes days back in the same form (names never hold separators, see the parser). */
	static String write(List<SpecialDay> days) {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (SpecialDay day : days) {
			String type = day.kind() == SpecialDay.Kind.OFF ? YearFileParser.TYPE_OFF : YearFileParser.TYPE_WORKDAY;
			csv.append(day.date()).append(',').append(day.name()).append(',').append(type).append('\n');
		}
		return csv.toString();
	}

}
