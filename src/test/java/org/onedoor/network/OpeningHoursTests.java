package org.onedoor.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.DayKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening hours against real days of the shipped 2026 calendar (国庆 2026-10-01…07, 调休 2026-10-10). */
class OpeningHoursTests {

	static final OpeningHours TOWNSHIP = OpeningHours.parse("1-5 08:30-12:00,14:00-17:30; 6 09:00-12:00");

	@Test
	void openInsideASessionOnAnOrdinaryWorkingDay() {
		CalendarDay monday = day("2026-11-23");
		assertThat(TOWNSHIP.openAt(monday, LocalTime.of(8, 30))).isTrue();
		assertThat(TOWNSHIP.openAt(monday, LocalTime.of(11, 59))).isTrue();
		assertThat(TOWNSHIP.openAt(monday, LocalTime.of(12, 0))).as("end is exclusive").isFalse();
		assertThat(TOWNSHIP.openAt(monday, LocalTime.of(13, 0))).as("lunch break").isFalse();
		assertThat(TOWNSHIP.openAt(monday, LocalTime.of(17, 29))).isTrue();
	}

	@Test
	void saturdayHoursApplyOnAnOrdinarySaturdayAndSundayIsClosed() {
		assertThat(TOWNSHIP.openAt(day("2026-11-28"), LocalTime.of(10, 0))).isTrue();
		assertThat(TOWNSHIP.openAt(day("2026-11-28"), LocalTime.of(15, 0))).isFalse();
		assertThat(TOWNSHIP.openAt(day("2026-11-29"), LocalTime.of(10, 0))).isFalse();
	}

	@Test
	void closedOnAPublicHolidayEvenOnAWeekday() {
		CalendarDay nationalDay = day("2026-10-01");
		assertThat(nationalDay.kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(nationalDay.date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
		assertThat(TOWNSHIP.openAt(nationalDay, LocalTime.of(10, 0))).isFalse();
		assertThat(TOWNSHIP.on(nationalDay)).isEmpty();
	}

	@Test
	void aMakeUpWorkingSaturdayKeepsMondayHours() {
		CalendarDay makeUp = day("2026-10-10");
		assertThat(makeUp.kind()).isEqualTo(DayKind.WORKING_WEEKEND);
		assertThat(TOWNSHIP.openAt(makeUp, LocalTime.of(15, 0))).as("afternoon as on a Monday").isTrue();
		assertThat(TOWNSHIP.on(makeUp)).isEqualTo(TOWNSHIP.week().get(DayOfWeek.MONDAY));
	}

	@Test
	void groupsConsecutiveDaysAndWritesTheTextBack() {
		assertThat(TOWNSHIP.groups()).extracting(OpeningHours.DayGroup::from, OpeningHours.DayGroup::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5), org.assertj.core.groups.Tuple.tuple(6, 6));
		assertThat(TOWNSHIP.text()).isEqualTo("1-5 08:30-12:00,14:00-17:30; 6 09:00-12:00");
		assertThat(OpeningHours.parse("1,3 9:00-12:00；2 9:00-12:00").text()).isEqualTo("1-3 09:00-12:00");
	}

	@Test
	void refusesWhatItCannotRead() {
		for (String bad : new String[] { "", "1-5", "0 09:00-12:00", "8 09:00-12:00", "5-1 09:00-12:00",
				"1-5 12:00-09:00", "1-5 09:00-12:00,11:00-13:00", "1-5 09:00-12:00; 5 13:00-14:00", "1-5 9-12",
				"1-5 25:00-26:00" }) {
			assertThatThrownBy(() -> OpeningHours.parse(bad)).as(bad).isInstanceOf(RuntimeException.class);
		}
	}

	/** The day as the shipped calendar file says, weekend rule otherwise. */
	static CalendarDay day(String iso) {
		LocalDate date = LocalDate.parse(iso);
		try (InputStream in = OpeningHoursTests.class.getResourceAsStream("/calendar/cn-holidays-2017-2026.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.split(",");
				if (cells[0].equals(iso)) {
					return new CalendarDay(date, cells[2].startsWith("off") ? DayKind.HOLIDAY : DayKind.WORKING_WEEKEND,
							cells[1], false);
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		boolean weekend = date.getDayOfWeek().getValue() >= 6;
		return new CalendarDay(date, weekend ? DayKind.WEEKEND : DayKind.WEEKDAY, null, false);
	}

}
