package org.onedoor.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HolidayScheduleTests {

	private final HolidaySchedule calendar = RealCalendar.schedule();

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	@Test
	void sundayBeforeNationalDay2024WasWorked() {
		CalendarDay day = calendar.day(d("2024-09-29"));
		assertThat(day.workingDay()).isTrue();
		assertThat(day.kind()).isEqualTo(DayKind.WORKING_WEEKEND);
		assertThat(day.name()).isEqualTo("国庆节");
		assertThat(day.provisional()).isFalse();
	}

	@Test
	void nationalDayWeek2024WasOff() {
		for (LocalDate date = d("2024-10-01"); !date.isAfter(d("2024-10-07")); date = date.plusDays(1)) {
			CalendarDay day = calendar.day(date);
			assertThat(day.workingDay()).as(date.toString()).isFalse();
			assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
			assertThat(day.name()).isEqualTo("国庆节");
		}
		assertThat(calendar.day(d("2024-10-08")).kind()).isEqualTo(DayKind.WEEKDAY);
	}

	@Test
	void saturdayAfterNationalDay2024WasWorkedButTheNextSundayNot() {
		assertThat(calendar.day(d("2024-10-12")).kind()).isEqualTo(DayKind.WORKING_WEEKEND);
		assertThat(calendar.day(d("2024-10-13")).kind()).isEqualTo(DayKind.WEEKEND);
	}

	@Test
	void holidayOnASundayIsAHolidayNotAWeekend() {
		// 2024-09-15, Sunday, 中秋节
		assertThat(calendar.day(d("2024-09-15"))).isEqualTo(new CalendarDay(d("2024-09-15"), DayKind.HOLIDAY, "中秋节", false));
	}

	@Test
	void ordinaryDays() {
		assertThat(calendar.day(d("2024-11-13")).kind()).isEqualTo(DayKind.WEEKDAY);
		assertThat(calendar.day(d("2024-11-16")).kind()).isEqualTo(DayKind.WEEKEND);
		assertThat(calendar.day(d("2024-11-16")).name()).isNull();
	}

	@Test
	void unpublishedYearsFollowTheWeekendRuleProvisionally() {
		CalendarDay newYear2027 = calendar.day(d("2027-01-01"));
		assertThat(newYear2027.kind()).isEqualTo(DayKind.WEEKDAY);
		assertThat(newYear2027.provisional()).isTrue();
		assertThat(calendar.day(d("2027-01-02")).kind()).isEqualTo(DayKind.WEEKEND);
		assertThat(calendar.day(d("2016-10-03")).provisional()).isTrue();
		assertThat(calendar.covers(d("2026-12-30"), d("2027-01-05"))).isFalse();
		assertThat(calendar.covers(d("2024-01-01"), d("2026-12-31"))).isTrue();
	}

	@Test
	void addingWorkingDaysAcrossNationalDay() {
		assertThat(calendar.addWorkingDays(d("2024-09-30"), 1)).isEqualTo(d("2024-10-08"));
		// 09-27 Fri -> 09-29 Sun (调休) -> 09-30 Mon -> 10-08
		assertThat(calendar.addWorkingDays(d("2024-09-27"), 1)).isEqualTo(d("2024-09-29"));
		assertThat(calendar.addWorkingDays(d("2024-09-27"), 3)).isEqualTo(d("2024-10-08"));
		// 10-08 .. 10-11 are Tue-Fri, 10-12 Sat is worked
		assertThat(calendar.addWorkingDays(d("2024-09-30"), 5)).isEqualTo(d("2024-10-12"));
		assertThat(calendar.addWorkingDays(d("2024-09-30"), 6)).isEqualTo(d("2024-10-14"));
	}

	@Test
	void addingWorkingDaysAcrossSpringFestival() {
		// 2025: 01-26 Sun worked, 01-28 .. 02-04 off, 02-08 Sat worked
		assertThat(calendar.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-01-26"));
		assertThat(calendar.addWorkingDays(d("2025-01-24"), 2)).isEqualTo(d("2025-01-27"));
		assertThat(calendar.addWorkingDays(d("2025-01-24"), 3)).isEqualTo(d("2025-02-05"));
		assertThat(calendar.addWorkingDays(d("2025-01-27"), 4)).isEqualTo(d("2025-02-08"));
		// 2024: 02-10 .. 02-17 off, 02-18 Sun worked
		assertThat(calendar.addWorkingDays(d("2024-02-08"), 2)).isEqualTo(d("2024-02-18"));
	}

	@Test
	void zeroDaysIsTheSameDayAndHolidaysStartCountingNextWorkingDay() {
		assertThat(calendar.addWorkingDays(d("2024-10-03"), 0)).isEqualTo(d("2024-10-03"));
		assertThat(calendar.addWorkingDays(d("2024-10-03"), 1)).isEqualTo(d("2024-10-08"));
		assertThat(calendar.addWorkingDays(d("2024-10-05"), 10)).isEqualTo(d("2024-10-18"));
	}

	@Test
	void fifteenWorkingDaysFromARequestBeforeSpringFestival2026() {
		// 2026: 02-14 Sat worked, 02-15 .. 02-23 off, 02-28 Sat worked
		LocalDate due = calendar.addWorkingDays(d("2026-02-09"), 15);
		assertThat(calendar.workingDaysBetween(d("2026-02-09"), due)).isEqualTo(15);
		assertThat(due).isEqualTo(d("2026-03-06"));
	}

	@Test
	void countingIsTheInverseOfAdding() {
		assertThat(calendar.workingDaysBetween(d("2024-09-30"), d("2024-10-08"))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(d("2024-10-08"), d("2024-09-30"))).isEqualTo(-1);
		assertThat(calendar.workingDaysBetween(d("2024-10-01"), d("2024-10-07"))).isZero();
		// 2024 had 251 working days by the State Council notice
		assertThat(calendar.workingDaysBetween(d("2023-12-31"), d("2024-12-31"))).isEqualTo(251);
		for (int n = 0; n < 300; n += 7) {
			assertThat(calendar.workingDaysBetween(d("2025-01-20"), calendar.addWorkingDays(d("2025-01-20"), n)))
				.isEqualTo(n);
		}
	}

	@Test
	void rejectsNegativeOrAbsurdCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(d("2024-01-01"), -1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.addWorkingDays(d("2024-01-01"), HolidaySchedule.MAX_WORKING_DAYS + 1));
	}

}
