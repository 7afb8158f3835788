package org.onedoor.appeals;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingNumberTests {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTWXYZ";

	@Test
	void startsWithYearAndMonthAndReadsInGroups() {
		TrackingNumber number = TrackingNumber.next(YearMonth.of(2026, 11));
		assertThat(number.value()).startsWith("2611").hasSize(13);
		assertThat(number.display()).matches("2611-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
	}

	@Test
	void isForgivingAboutHowAPersonTypesIt() {
		TrackingNumber number = TrackingNumber.next(YearMonth.of(2026, 1));
		String sloppy = " " + number.display().toLowerCase().replace('0', 'o').replace("-", " - ") + " ";
		assertThat(TrackingNumber.parse(sloppy)).contains(number);
	}

	@Test
	void everySingleSymbolErrorIsCaught() {
		for (int trial = 0; trial < 50; trial++) {
			String value = TrackingNumber.next(YearMonth.of(2025, 3)).value();
			for (int position = 4; position < value.length(); position++) {
				for (char replacement : ALPHABET.toCharArray()) {
					if (replacement == value.charAt(position)) {
						continue;
					}
					String wrong = value.substring(0, position) + replacement + value.substring(position + 1);
					assertThat(TrackingNumber.parse(wrong)).as(wrong).isEmpty();
				}
			}
		}
	}

	@Test
	void everySwapOfNeighboursIsCaught() {
		for (int trial = 0; trial < 200; trial++) {
			String value = TrackingNumber.next(YearMonth.of(2024, 12)).value();
			for (int i = 0; i + 1 < value.length(); i++) {
				if (value.charAt(i) == value.charAt(i + 1)) {
					continue;
				}
				String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
				assertThat(TrackingNumber.parse(swapped)).as(swapped).isEmpty();
			}
		}
	}

	@Test
	void numbersDoNotRepeatAndRejectGarbage() {
		Set<TrackingNumber> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(TrackingNumber.next(YearMonth.of(2026, 11)))).isTrue();
		}
		assertThat(TrackingNumber.parse(null)).isEmpty();
		assertThat(TrackingNumber.parse("")).isEmpty();
		assertThat(TrackingNumber.parse("'; drop table appeals;--")).isEmpty();
		assertThat(TrackingNumber.parse("2611-7K3M-9QX4-TT")).isEmpty();
		assertThat(TrackingNumber.parse("x".repeat(10_000))).isEmpty();
	}

}
