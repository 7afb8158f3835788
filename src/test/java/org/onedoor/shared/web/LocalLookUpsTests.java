package org.onedoor.shared.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;

class LocalLookUpsTests {

	private final SettableClock clock = clock();

	private static SettableClock clock() {
		SettableClock clock = new SettableClock();
		clock.set("2026-04-03T10:00:00");
		return clock;
	}

	private final LocalLookUps local = new LocalLookUps(clock, Duration.ofMinutes(10), 5);

	@Test
	void theAllowanceIsFreeThenEverythingCountedSoFarIsChargedThenOneByOne() {
		for (int i = 0; i < 5; i++) {
			assertThat(local.count("203.0.113.7")).isZero();
		}
		assertThat(local.count("203.0.113.7")).isEqualTo(6);
		assertThat(local.count("203.0.113.7")).isEqualTo(1);
		assertThat(local.count("198.51.100.1")).as("another address has its own count").isZero();
	}

	@Test
	void aNewPeriodStartsAfresh() {
		for (int i = 0; i < 6; i++) {
			local.count("203.0.113.7");
		}
		clock.set("2026-04-03T10:10:00");
		assertThat(local.count("203.0.113.7")).isZero();
		local.forgetExpired();
		clock.set("2026-04-03T10:20:00");
		local.forgetExpired();
		assertThat(local.count("203.0.113.7")).as("forgotten, counted from one again").isZero();
	}

	@Test
	void withoutAnAllowanceEveryLookUpGoesToTheSharedCount() {
		LocalLookUps none = new LocalLookUps(clock, Duration.ofMinutes(10), 0);
		assertThat(none.count("203.0.113.7")).isEqualTo(1);
		assertThat(none.count("203.0.113.7")).isEqualTo(1);
	}

}
