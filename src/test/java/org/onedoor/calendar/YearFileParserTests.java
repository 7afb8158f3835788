package org.onedoor.calendar;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearFileParserTests {

	private final YearFileParser parser = new YearFileParser();

	private YearFile csv(int year, String text) {
		return parser.parse(year, text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> keys(YearFile file) {
		return file.problems().stream().map(ImportProblem::messageKey).toList();
	}

	@Test
	void readsAValidCsvYear() {
		YearFile file = csv(2027, "\uFEFFdate,name,type\n2027-01-01,元旦,off\n\n2027-02-06,春节,workday(调休上班)\n");
		assertThat(file.valid()).isTrue();
		assertThat(file.days()).containsExactly(new SpecialDay(LocalDate.parse("2027-01-01"), "元旦", SpecialDay.Kind.OFF),
				new SpecialDay(LocalDate.parse("2027-02-06"), "春节", SpecialDay.Kind.WORKDAY));
	}

	@Test
	void readsTheHolidayCnJsonWithItsNotice() throws Exception {
		byte[] json = YearFileParserTests.class.getResourceAsStream("/calendar/2026-holiday-cn.json").readAllBytes();
		YearFile file = parser.parse(2026, json);
		assertThat(file.problems()).isEmpty();
		assertThat(file.source()).startsWith("https://www.gov.cn/");
		assertThat(file.days()).hasSize(39).contains(new SpecialDay(LocalDate.parse("2026-01-04"), "元旦", SpecialDay.Kind.WORKDAY));
		assertThat(keys(parser.parse(2025, json))).contains("calendar.import.jsonYear", "calendar.import.outsideYear");
	}

	@Test
	void reportsEveryProblemWithItsLine() {
		YearFile file = csv(2027, """
				date,name,type
				2026-12-31,元旦,off
				2027-13-01,元旦,off
				2027-01-01,元旦,holiday
				2027-01-04,春节,workday(调休上班)
				2027-01-02,元旦,off
				2027-01-02,元旦,off
				2027-01-03,,off
				2027-01-09,春节
				""");
		assertThat(file.valid()).isFalse();
		assertThat(file.days()).isEmpty();
		assertThat(file.problems()).extracting(ImportProblem::position, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "calendar.import.outsideYear"),
					org.assertj.core.groups.Tuple.tuple(3, "calendar.import.badDate"),
					org.assertj.core.groups.Tuple.tuple(4, "calendar.import.badType"),
					org.assertj.core.groups.Tuple.tuple(5, "calendar.import.workdayNotWeekend"),
					org.assertj.core.groups.Tuple.tuple(7, "calendar.import.duplicate"),
					org.assertj.core.groups.Tuple.tuple(8, "calendar.import.badName"),
					org.assertj.core.groups.Tuple.tuple(9, "calendar.import.columns"));
	}

	@Test
	void aMakeUpDayOnAWeekdayIsRejectedEvenFromTheSource() {
		// holiday-cn lists Monday 2020-02-03 this way; the seed leaves it out for the same reason
		assertThat(keys(csv(2020, "date,name,type\n2020-02-03,春节,workday(调休上班)\n")))
			.containsExactly("calendar.import.workdayNotWeekend");
	}

	@Test
	void anOffDayOnAWeekendIsFine() {
		assertThat(csv(2027, "date,name,type\n2027-10-02,国庆节,off\n").valid()).isTrue();
	}

	@Test
	void rejectsWholeFileProblems() {
		assertThat(keys(parser.parse(2027, new byte[0]))).containsExactly("calendar.import.empty");
		assertThat(keys(csv(2027, "  \n"))).containsExactly("calendar.import.empty");
		assertThat(keys(csv(2027, "date,name,type\n"))).containsExactly("calendar.import.noDays");
		assertThat(keys(csv(2027, "day,what\n2027-01-01,元旦\n"))).containsExactly("calendar.import.header");
		assertThat(keys(parser.parse(2027, "date,name,type\n2027-01-01,元旦,off\n".getBytes(Charset.forName("GBK")))))
			.containsExactly("calendar.import.encoding");
		assertThat(keys(parser.parse(2027, new byte[YearFileParser.MAX_BYTES + 1]))).containsExactly("calendar.import.tooBig");
		assertThat(keys(csv(2027, "{\"year\": 2027, \"days\": ["))).containsExactly("calendar.import.badJson");
	}

	@Test
	void writtenCsvReadsBackTheSame() {
		List<SpecialDay> days = RealCalendar.days().stream().filter(day -> day.date().getYear() == 2024).toList();
		assertThat(csv(2024, HolidayCsv.write(days)).days()).isEqualTo(days);
	}

	@Test
	void diffShowsAddedRemovedAndChangedDays() {
		SpecialDay a = new SpecialDay(LocalDate.parse("2027-01-01"), "元旦", SpecialDay.Kind.OFF);
		SpecialDay b = new SpecialDay(LocalDate.parse("2027-02-06"), "春节", SpecialDay.Kind.WORKDAY);
		SpecialDay b2 = new SpecialDay(LocalDate.parse("2027-02-06"), "春节", SpecialDay.Kind.OFF);
		SpecialDay c = new SpecialDay(LocalDate.parse("2027-05-01"), "劳动节", SpecialDay.Kind.OFF);
		YearDiff diff = YearDiff.between(List.of(a, b), List.of(b2, c));
		assertThat(diff.added()).containsExactly(c);
		assertThat(diff.removed()).containsExactly(a);
		assertThat(diff.changed()).containsExactly(new YearDiff.Change(b, b2));
		assertThat(diff.changedDates()).hasSize(3);
		assertThat(YearDiff.between(List.of(a, b), List.of(b, a)).empty()).isTrue();
		assertThat(YearDiff.fingerprint(List.of(a, b))).isEqualTo(YearDiff.fingerprint(List.of(b, a)))
			.isNotEqualTo(YearDiff.fingerprint(List.of(a, b2)));
	}

}
