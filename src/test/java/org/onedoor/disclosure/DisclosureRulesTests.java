package org.onedoor.disclosure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure rules: weeks, the publication schedule, rates, scores and ranking, the CSV. */
class DisclosureRulesTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(CHINA).toInstant();
	}

	@Test
	void isoWeeksParseAndRefuseNonsense() {
		IsoWeek w = IsoWeek.parse("2026-W01");
		assertThat(w.monday()).hasToString("2025-12-29");
		assertThat(w.sunday()).hasToString("2026-01-04");
		assertThat(IsoWeek.parse("2020-W53").next()).hasToString("2021-W01");
		assertThat(IsoWeek.of(java.time.LocalDate.of(2026, 11, 26))).hasToString("2026-W48");
		for (String bad : new String[] { "2026-W54", "2025-W53", "2026W47", "2026-W00", "", "abc", "2026-W4" }) {
			assertThatThrownBy(() -> IsoWeek.parse(bad)).isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).messageKey()).isEqualTo("disclosure.week.invalid"));
		}
	}

	@Test
	void aWeekIsDueOnTheMondayAfterAtEightChinaTimeAndMissedWeeksCatchUp() {
		WeeklySchedule schedule = WeeklySchedule.of("0 0 8 * * MON", "Asia/Shanghai", null);
		IsoWeek w46 = IsoWeek.parse("2026-W46");
		assertThat(schedule.dueAt(w46)).isEqualTo(at("2026-11-16T08:00:00"));
		// first start, Monday 07:59: nothing yet; 08:00: the week before
		assertThat(schedule.due(Optional.empty(), at("2026-11-16T07:59:00"))).isEmpty();
		assertThat(schedule.due(Optional.empty(), at("2026-11-16T08:00:00"))).containsExactly(w46);
		// down from W43's publication until Wednesday of W48: W44 .. W47 are published, oldest first
		assertThat(schedule.due(Optional.of(IsoWeek.parse("2026-W43")), at("2026-11-25T10:00:00")))
			.extracting(IsoWeek::toString).containsExactly("2026-W44", "2026-W45", "2026-W46", "2026-W47");
		// nothing twice
		assertThat(schedule.due(Optional.of(IsoWeek.parse("2026-W47")), at("2026-11-25T10:00:00"))).isEmpty();
		// a configured first week is where a new installation starts
		WeeklySchedule from = WeeklySchedule.of("0 0 8 * * MON", "Asia/Shanghai", "2026-W45");
		assertThat(from.due(Optional.empty(), at("2026-11-23T09:00:00"))).extracting(IsoWeek::toString)
			.containsExactly("2026-W45", "2026-W46", "2026-W47");
	}

	@Test
	void ratesLeaveOutWhatCannotBeCountedAndScoresUseTheWeights() {
		UnitFigures u = new UnitFigures(1, "甲局", 10, 10, 9, 8, 6, 4, 3, 7, 1, 1, 0);
		assertThat(u.onTimeRate()).isEqualTo(75.0);
		assertThat(u.satisfactionRate()).isEqualTo(75.0);
		assertThat(u.responseRate()).isEqualTo(90.0);
		assertThat(u.resolutionRate()).isEqualTo(87.5);
		AssessmentWeights w = new AssessmentWeights(40, 30, 15, 15, 0);
		// 0.4*75 + 0.3*75 + 0.15*90 + 0.15*87.5 = 79.125
		assertThat(w.score(u)).isEqualTo(79.1);
		UnitFigures unrated = new UnitFigures(2, "乙局", 2, 2, 2, 2, 2, 0, 0, 2, 0, 0, 0);
		assertThat(unrated.satisfactionRate()).isNull();
		assertThat(w.score(unrated)).isEqualTo(100.0);
		UnitFigures empty = new UnitFigures(3, "丙局", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		assertThat(w.score(empty)).isNull();
		List<AssessmentRow> rows = RankUnits.rank(List.of(u, empty, unrated, new UnitFigures(4, "丁局", 10, 10, 9, 8, 6, 4,
				3, 7, 0, 0, 0)), w);
		assertThat(rows).extracting(r -> r.figures().unitName() + r.rank())
			.containsExactly("乙局1", "丁局2", "甲局2", "丙局4");
	}

	@Test
	void weightsMustAddUpToAHundred() {
		assertThatThrownBy(() -> new AssessmentWeights(40, 30, 20, 20, 0)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).messageKey()).isEqualTo("disclosure.weights.sum"));
		assertThatThrownBy(() -> new AssessmentWeights(-10, 60, 30, 20, 0)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void csvHasABomAChineseHeaderAndQuotesWhatNeedsIt() {
		FigureTable table = new FigureTable("t", List.of("单位", "受理量"),
				List.of(java.util.Arrays.asList("贵阳市城市管理局, 综合执法", 12), java.util.Arrays.asList("说\"好\"的", null)));
		String csv = new String(table.csv(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF单位,受理量\r\n");
		assertThat(csv).contains("\"贵阳市城市管理局, 综合执法\",12\r\n").contains("\"说\"\"好\"\"的\",\r\n");
		assertThat(table.xlsx()).startsWith(new byte[] { 'P', 'K' });
	}

}
