package org.onedoor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingClockTests {

	private final WorkingClock clock = new WorkingClock(RealCalendar.schedule(), OfficeHours.DEFAULT);

	/** Beijing time. */
	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(OfficeHours.CHINA).toInstant();
	}

	@Test
	void defaultOfficeDayIsSevenHours() {
		assertThat(OfficeHours.DEFAULT.perDay()).isEqualTo(Duration.ofHours(7));
	}

	@Test
	void hoursSkipTheLunchBreak() {
		assertThat(clock.plus(at("2024-11-13T10:00"), Duration.ofHours(3))).isEqualTo(at("2024-11-13T14:30"));
		// using the morning up exactly ends at noon, not at 13:30
		assertThat(clock.plus(at("2024-11-13T09:00"), Duration.ofHours(3))).isEqualTo(at("2024-11-13T12:00"));
		// starting during lunch counts from 13:30
		assertThat(clock.plus(at("2024-11-13T12:45"), Duration.ofHours(1))).isEqualTo(at("2024-11-13T14:30"));
	}

	@Test
	void startingMidAfternoonCarriesOverTheEvening() {
		assertThat(clock.plus(at("2024-11-13T16:00"), Duration.ofHours(2))).isEqualTo(at("2024-11-14T09:30"));
		// after hours and before opening both start at the next opening
		assertThat(clock.plus(at("2024-11-13T20:00"), Duration.ofHours(1))).isEqualTo(at("2024-11-14T10:00"));
		assertThat(clock.plus(at("2024-11-14T07:00"), Duration.ofHours(1))).isEqualTo(at("2024-11-14T10:00"));
	}

	@Test
	void weekendsAreSkipped() {
		// Friday 2024-11-15 17:00 + 1h -> Monday 09:30
		assertThat(clock.plus(at("2024-11-15T17:00"), Duration.ofHours(1))).isEqualTo(at("2024-11-18T09:30"));
	}

	@Test
	void nationalDayIsSkippedAndMakeUpSundayCounts() {
		// Sunday 2024-09-29 is worked
		assertThat(clock.plus(at("2024-09-28T10:00"), Duration.ofHours(1))).isEqualTo(at("2024-09-29T10:00"));
		// Monday 09-30 16:30 + 2h -> one hour that day, then 10-01..07 off -> 10-08 10:00
		assertThat(clock.plus(at("2024-09-30T16:30"), Duration.ofHours(2))).isEqualTo(at("2024-10-08T10:00"));
		// 24 working hours from a holiday: 3 full days (21h) + the 3 morning hours
		assertThat(clock.plus(at("2024-10-03T11:00"), Duration.ofHours(24))).isEqualTo(at("2024-10-11T12:00"));
	}

	@Test
	void zeroHoursIsTheStartItself() {
		assertThat(clock.plus(at("2024-10-03T11:00"), Duration.ZERO)).isEqualTo(at("2024-10-03T11:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.plus(at("2024-10-03T11:00"), Duration.ofHours(-1)));
	}

	@Test
	void countsWorkingTimeBetweenInstants() {
		assertThat(clock.between(at("2024-11-13T10:00"), at("2024-11-13T14:30"))).isEqualTo(Duration.ofHours(3));
		assertThat(clock.between(at("2024-11-15T17:00"), at("2024-11-18T09:30"))).isEqualTo(Duration.ofHours(1));
		assertThat(clock.between(at("2024-09-30T00:00"), at("2024-10-08T23:59"))).isEqualTo(Duration.ofHours(14));
		assertThat(clock.between(at("2024-10-01T09:00"), at("2024-10-07T18:00"))).isZero();
		assertThat(clock.between(at("2024-11-13T14:30"), at("2024-11-13T10:00"))).isEqualTo(Duration.ofHours(-3));
	}

	@Test
	void betweenIsTheInverseOfPlus() {
		Instant start = at("2025-01-20T15:10");
		for (int minutes = 0; minutes < 60 * 100; minutes += 97) {
			Instant end = clock.plus(start, Duration.ofMinutes(minutes));
			assertThat(clock.between(start, end)).isEqualTo(Duration.ofMinutes(minutes));
		}
	}

	@Test
	void aUnitsOwnHoursAreUsed() {
		OfficeHours window = new OfficeHours(OfficeHours.CHINA, List.of(
				new OfficeHours.Session(LocalTime.of(14, 0), LocalTime.of(18, 0)),
				new OfficeHours.Session(LocalTime.of(8, 30), LocalTime.of(12, 0))));
		assertThat(window.sessions().get(0).start()).isEqualTo(LocalTime.of(8, 30));
		WorkingClock unitClock = new WorkingClock(RealCalendar.schedule(), window);
		assertThat(unitClock.plus(at("2024-11-13T11:00"), Duration.ofHours(2))).isEqualTo(at("2024-11-13T15:00"));
	}

	@Test
	void overlappingSessionsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OfficeHours(OfficeHours.CHINA,
				List.of(new OfficeHours.Session(LocalTime.of(9, 0), LocalTime.of(12, 0)),
						new OfficeHours.Session(LocalTime.of(11, 0), LocalTime.of(13, 0)))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OfficeHours.Session(LocalTime.of(12, 0), LocalTime.of(9, 0)));
	}

}
