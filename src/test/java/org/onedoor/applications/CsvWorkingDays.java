package org.onedoor.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** China's real 2017-2026 calendar from the shipped CSV, for pure deadline tests without Spring. */
final class CsvWorkingDays implements WorkingDays {

	private final Map<LocalDate, Boolean> special = new HashMap<>();

	CsvWorkingDays() {
		try (InputStream in = CsvWorkingDays.class.getResourceAsStream("/calendar/cn-holidays-2017-2026.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.strip().split(",");
				if (cells.length == 3 && cells[0].matches("\\d{4}-\\d\\d-\\d\\d")) {
					special.put(LocalDate.parse(cells[0]), !cells[2].equals("off"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean working(LocalDate day) {
		return special.getOrDefault(day, day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
	}

	@Override
	public LocalDate plus(LocalDate from, int days) {
		LocalDate day = from;
		for (int left = days; left > 0;) {
			day = day.plusDays(1);
			if (working(day)) {
				left--;
			}
		}
		return day;
	}

	@Override
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (working(day)) {
				count++;
			}
		}
		return count;
	}

}
