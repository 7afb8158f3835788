package org.onedoor.appeals.bulk;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;

import static org.assertj.core.api.Assertions.assertThat;

/** What a historical row must be to join the live tables; every problem of a row at once. */
class HistoricalAppealRulesTests {

	private final HistoricalAppealRules rules = new HistoricalAppealRules(Set.of("01", "0102"));

	private static String[] row() {
		return new String[] { TrackingNumber.next(YearMonth.of(2025, 3)).value(), "HOTLINE", "COMPLAINT", "路灯不亮",
				"中华北路路灯不亮一周了", "0102", "520102031000", "中华北路", "王先生", "13912345678", "false", "CLOSED",
				"2025-03-04T09:12:00+08:00", "2025-03-10T17:00:00+08:00", "已修复", "2025-03-09T10:00:00+08:00" };
	}

	@Test
	void aCompleteRowIsAccepted() {
		HistoricalAppealRules.Checked checked = rules.check(row());
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.appeal().registeredAt().toInstant()).isEqualTo(Instant.parse("2025-03-04T01:12:00Z"));
		assertThat(checked.appeal().citizenMobile()).isEqualTo("13912345678");
	}

	@Test
	void everyProblemOfARowIsReportedInBothLanguages() {
		String[] bad = row();
		bad[0] = "2503AAAAAAAAA";
		bad[1] = "FAX";
		bad[5] = "9999";
		bad[6] = "110101001001";
		bad[9] = "12345";
		bad[12] = "2025-03-04 09:12";
		HistoricalAppealRules.Checked checked = rules.check(bad);
		assertThat(checked.appeal()).isNull();
		assertThat(checked.problems()).hasSize(6).allMatch(p -> p.contains(" / ") && p.matches(".*[\\u4e00-\\u9fa5].*"));
	}

	@Test
	void aNamedAppealNeedsAPersonAndClosingCannotPrecedeRegistration() {
		String[] bad = row();
		bad[8] = "";
		bad[9] = "";
		bad[13] = "2025-03-01T00:00:00+08:00";
		assertThat(rules.check(bad).problems()).anyMatch(p -> p.contains("citizen_name or citizen_mobile"))
			.anyMatch(p -> p.contains("closed_at is before registered_at"));
		String[] anonymous = row();
		anonymous[8] = "";
		anonymous[9] = "";
		anonymous[10] = "true";
		assertThat(rules.check(anonymous).problems()).isEmpty();
	}

	@Test
	void aShortRowIsRefusedWithItsColumnCount() {
		assertThat(rules.check(new String[] { "a", "b" }).problems()).containsExactly(
				"应有 16 列，实有 2 列 / expected 16 columns, found 2");
	}

	@Test
	void aGeneratedRowPassesTheRulesAndSurvivesTheCsvLine() {
		HistoricalAppeal appeal = rules.check(row()).appeal();
		assertThat(appeal.csvLine()).startsWith("\"" + appeal.trackingNumber() + "\",\"HOTLINE\"").endsWith("\n");
		assertThat(appeal.fields()).hasSize(HistoricalAppeal.COLUMNS.size());
	}

}
