package org.onedoor.applications;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stopped clock on real dates: a one-time notice across 国庆 2026 (10-01..07 off, 10-10 worked). */
class ProcessingClockTests {

	private final WorkingDays calendar = new CsvWorkingDays();

	private static final LocalDate SUBMITTED = LocalDate.of(2026, 9, 28);

	@Test
	void withoutNoticeTenWorkingDaysFromMondaySeptember28EndOnOctober16() {
		ProcessingClock clock = ProcessingClock.notStarted().start(SUBMITTED);
		assertThat(clock.due(calendar, 10)).contains(LocalDate.of(2026, 10, 16));
	}

	@Test
	void noticeStopsTheClockAndResubmissionRunsItAgainWithTheDaysLeft() {
		ProcessingClock stopped = ProcessingClock.notStarted().start(SUBMITTED).stop(LocalDate.of(2026, 9, 30));
		assertThat(stopped.running()).isFalse();
		assertThat(stopped.due(calendar, 10)).isEmpty();
		// 9-29 and 9-30 counted; the holiday and the days waiting for the applicant are not
		assertThat(stopped.used(calendar, LocalDate.of(2026, 10, 9))).isEqualTo(2);

		ProcessingClock resumed = stopped.start(LocalDate.of(2026, 10, 9));
		// 8 days left from Friday 10-09: Saturday 10-10 is a make-up working day, then 10-12..16, 10-19, 10-20
		assertThat(resumed.due(calendar, 10)).contains(LocalDate.of(2026, 10, 20));
		assertThat(resumed.used(calendar, LocalDate.of(2026, 10, 12))).isEqualTo(2 + 2);
	}

	@Test
	void runsSurviveTheTextTheyAreStoredAs() {
		ProcessingClock clock = ProcessingClock.notStarted().start(SUBMITTED).stop(LocalDate.of(2026, 9, 30))
			.start(LocalDate.of(2026, 10, 9));
		assertThat(clock.texts()).containsExactly("2026-09-28/2026-09-30", "2026-10-09/");
		assertThat(ProcessingClock.of(clock.texts())).isEqualTo(clock);
	}

	@Test
	void urgencyWarnsAtTheConfiguredShareAndMarksOverdue() {
		assertThat(Urgency.of(7, 10, 80)).isEqualTo(Urgency.ON_TIME);
		assertThat(Urgency.of(8, 10, 80)).isEqualTo(Urgency.WARNING);
		assertThat(Urgency.of(10, 10, 80)).isEqualTo(Urgency.WARNING);
		assertThat(Urgency.of(11, 10, 80)).isEqualTo(Urgency.OVERDUE);
	}

}
