package org.onedoor.appeals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HotTopicWindowTests {

	@Test
	void aWeekIsMondayToMondayAndComparesWithTheWeekBefore() {
		// Thursday 2026-11-26 lies in the ISO week starting Monday 2026-11-23
		HotTopicWindow week = HotTopicWindow.week(LocalDate.of(2026, 11, 26));
		assertThat(week.from()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(week.to()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(week.previous().from()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(week.previous().to()).isEqualTo(week.from());
		// a Sunday belongs to the week that began six days before
		assertThat(HotTopicWindow.week(LocalDate.of(2026, 11, 29)).from()).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void aMonthComparesWithTheCalendarMonthBeforeAndCustomDaysIncludeTheLastDay() {
		HotTopicWindow march = HotTopicWindow.month(LocalDate.of(2026, 3, 31));
		assertThat(march.previous().from()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(march.previous().to()).isEqualTo(LocalDate.of(2026, 3, 1));
		HotTopicWindow days = HotTopicWindow.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
		assertThat(days.to()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(days.previous().from()).isEqualTo(LocalDate.of(2026, 2, 19));
	}

	@Test
	void badWindowsAreRefused() {
		assertThatThrownBy(() -> HotTopicWindow.custom(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> HotTopicWindow.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> HotTopicWindow.custom(null, LocalDate.of(2026, 6, 1)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void anAlertNeedsBothGrowthAndEnoughCitizens() {
		TrendAlert alert = new TrendAlert(2.0, 5);
		assertThat(alert.raised(6, 1)).isTrue();
		assertThat(alert.raised(6, 0)).isTrue();
		assertThat(alert.raised(10, 5)).isTrue();
		assertThat(alert.raised(9, 5)).isFalse();
		assertThat(alert.raised(4, 0)).isFalse();
	}

}
