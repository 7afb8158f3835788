package org.onedoor.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The shipped 2017-2026 calendar, read through the same parser administrators use. */
final class RealCalendar {

	static final List<Integer> YEARS = List.of(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);

	private RealCalendar() {
	}

	static List<SpecialDay> days() {
		try (InputStream in = RealCalendar.class.getResourceAsStream("/calendar/cn-holidays-2017-2026.csv")) {
			String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
			List<SpecialDay> days = new ArrayList<>();
			YearFileParser parser = new YearFileParser();
			for (int year : YEARS) {
				StringBuilder csv = new StringBuilder(HolidayCsv.HEADER).append('\n');
				for (String line : lines) {
					// 2020-02-03 is a Monday holiday-cn lists as make-up working day; left out as in the migration
					if (line.startsWith(year + "-") && !line.startsWith("2020-02-03")) {
						csv.append(line).append('\n');
					}
				}
				YearFile file = parser.parse(year, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				if (!file.valid()) {
					throw new IllegalStateException(year + ": " + file.problems());
				}
				days.addAll(file.days());
			}
			return days;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static HolidaySchedule schedule() {
		return new HolidaySchedule(days(), YEARS);
	}

}
