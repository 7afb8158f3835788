package org.onedoor.appeals.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GeoReport v2 filter rules, without Spring. */
class Open311QueryTests {

	private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	@Test
	void defaultsToTheLast90DaysAllStatusesAllServices() {
		Open311Query query = Open311Query.parse(null, null, null, null, null, NOW);
		assertThat(query.end()).isEqualTo(NOW);
		assertThat(query.start()).isEqualTo(NOW.minus(Duration.ofDays(90)));
		assertThat(query.statuses()).isEqualTo(EnumSet.allOf(Open311Status.class));
		assertThat(query.serviceCodes()).isEmpty();
		assertThat(Open311Query.MAX_RESULTS).isEqualTo(1000);
	}

	@Test
	void aStartAloneRunsAtMost90DaysOnAndAnEndAloneLooks90DaysBack() {
		Open311Query fromStart = Open311Query.parse(null, null, "2026-10-01T00:00:00+08:00", null, null, NOW);
		assertThat(fromStart.start()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
		assertThat(fromStart.end()).isEqualTo(NOW);
		Open311Query old = Open311Query.parse(null, null, "2025-01-01", null, null, NOW);
		assertThat(old.end()).isEqualTo(old.start().plus(Duration.ofDays(90)));
		Open311Query toEnd = Open311Query.parse(null, null, null, "2026-06-01T00:00:00Z", null, NOW);
		assertThat(toEnd.start()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
	}

	@Test
	void spanOver90DaysOrReversedIsRefused() {
		assertThatThrownBy(() -> Open311Query.parse(null, null, "2026-01-01T00:00:00Z", "2026-04-02T00:00:00Z", null, NOW))
			.isInstanceOfSatisfying(Open311Exception.class, ex -> assertThat(ex.errors().get(0).parameter()).isEqualTo("end_date"));
		assertThat(Open311Query.parse(null, null, "2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", null, NOW).end())
			.isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
		assertThatThrownBy(() -> Open311Query.parse(null, null, "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", null, NOW))
			.isInstanceOf(Open311Exception.class);
	}

	@Test
	void statusesServiceCodesAndIds() {
		assertThat(Open311Query.parse(null, null, null, null, "OPEN", NOW).statuses()).containsExactly(Open311Status.OPEN);
		assertThat(Open311Query.parse(null, "01, 0402", null, null, "closed", NOW).serviceCodes()).containsExactly("01", "0402");
		assertThatThrownBy(() -> Open311Query.parse(null, null, null, null, "open,pending", NOW))
			.isInstanceOf(Open311Exception.class);
		assertThatThrownBy(() -> Open311Query.parse(null, "01_", null, null, null, NOW)).isInstanceOf(Open311Exception.class);
		// ids override every other filter, even bad ones
		TrackingNumber number = TrackingNumber.next(YearMonth.of(2026, 11));
		Open311Query ids = Open311Query.parse(number.display() + ", " + number.value().toLowerCase(), "x", "never", null,
				"pending", NOW);
		assertThat(ids.ids()).containsExactly(number, number);
	}

	@Test
	void idsAreCheckedTrackingNumbers() {
		assertThatThrownBy(() -> Open311Query.parse("12345", null, null, null, null, NOW))
			.isInstanceOfSatisfying(Open311Exception.class,
					ex -> assertThat(ex.errors().get(0).parameter()).isEqualTo("service_request_id"));
	}

}
