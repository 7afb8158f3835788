package org.onedoor.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules, without Spring. */
class CommunityRulesTests {

	private static final LocalDate JOINED = LocalDate.of(2026, 1, 5);

	@Test
	void visitFrequencyFollowsRisk() {
		assertThat(Risk.HIGH.frequency()).isEqualTo(VisitFrequency.WEEKLY);
		assertThat(Risk.MEDIUM.frequency()).isEqualTo(VisitFrequency.MONTHLY);
		assertThat(Risk.LOW.frequency()).isEqualTo(VisitFrequency.QUARTERLY);
	}

	@Test
	void weeklyVisitIsOverdueFromTheEighthDay() {
		LocalDate last = LocalDate.of(2026, 11, 2);
		assertThat(VisitDue.of(Risk.HIGH, JOINED, last, LocalDate.of(2026, 11, 9)).overdue()).isFalse();
		VisitDue late = VisitDue.of(Risk.HIGH, JOINED, last, LocalDate.of(2026, 11, 14));
		assertThat(late.due()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(late.overdue()).isTrue();
		assertThat(late.daysOverdue()).isEqualTo(5);
	}

	@Test
	void monthlyAndQuarterlyUseCalendarMonths() {
		LocalDate last = LocalDate.of(2026, 1, 31);
		assertThat(VisitDue.of(Risk.MEDIUM, JOINED, last, last).due()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(VisitDue.of(Risk.LOW, JOINED, last, LocalDate.of(2026, 4, 30)).overdue()).isFalse();
		assertThat(VisitDue.of(Risk.LOW, JOINED, last, LocalDate.of(2026, 5, 1)).daysOverdue()).isEqualTo(1);
	}

	@Test
	void neverVisitedCountsFromJoiningTheRoster() {
		VisitDue due = VisitDue.of(Risk.HIGH, JOINED, null, JOINED.plusDays(3));
		assertThat(due.due()).isEqualTo(JOINED.plusWeeks(1));
		assertThat(due.overdue()).isFalse();
		assertThat(VisitDue.of(Risk.HIGH, JOINED, null, JOINED.plusDays(10)).daysOverdue()).isEqualTo(3);
	}

	@Test
	void ideaIsOverdueOnlyWhileOpenAndAfterItsDueDay() {
		LocalDate due = LocalDate.of(2026, 11, 20);
		assertThat(IdeaTimeLimit.overdue(IdeaStatus.OPEN, due, due)).isFalse();
		assertThat(IdeaTimeLimit.overdue(IdeaStatus.OPEN, due, due.plusDays(1))).isTrue();
		assertThat(IdeaTimeLimit.overdue(IdeaStatus.DECLINED, due, due.plusDays(30))).isFalse();
	}

	@Test
	void seatsThenWaitingList() {
		assertThat(Seats.forNewcomer(2, 1)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(Seats.forNewcomer(2, 2)).isEqualTo(RegistrationStatus.WAITING);
		assertThat(Seats.toPromote(2, 1, 3)).isEqualTo(1);
		assertThat(Seats.toPromote(5, 2, 1)).isEqualTo(1);
		assertThat(Seats.toPromote(2, 2, 3)).isZero();
	}

	@Test
	void hourCapAllowsUpToTheCap() {
		HourCap cap = new HourCap(new BigDecimal("10"));
		assertThat(cap.allows(new BigDecimal("8"), new BigDecimal("2"))).isTrue();
		assertThat(cap.allows(new BigDecimal("8.5"), new BigDecimal("2"))).isFalse();
	}

	@Test
	void visitHoursRoundUpToHalfHours() {
		assertThat(Visits.hours(15)).isEqualByComparingTo("0.5");
		assertThat(Visits.hours(60)).isEqualByComparingTo("1.0");
		assertThat(Visits.hours(61)).isEqualByComparingTo("1.5");
	}

	@Test
	void checkInTokenIsBoundToActivityKeyAndTime() {
		String key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
		Instant expires = Instant.parse("2026-11-26T12:00:00Z");
		String token = CheckInTokens.sign(7, expires, key);
		assertThat(CheckInTokens.valid(token, 7, expires.minusSeconds(60), key)).isTrue();
		assertThat(CheckInTokens.valid(token, 8, expires.minusSeconds(60), key)).isFalse();
		assertThat(CheckInTokens.valid(token, 7, expires.plusSeconds(1), key)).isFalse();
		assertThat(CheckInTokens.valid(token, 7, expires.minusSeconds(60), key.replace('0', '1'))).isFalse();
		assertThat(CheckInTokens.valid(token.substring(0, token.length() - 2) + "xx", 7, expires.minusSeconds(60), key)).isFalse();
	}

	@Test
	void qrCodeIsAnSvgOfSquareModules() {
		String svg = QrCodes.svg("https://example.org/community/checkin?activity=1&token=abc");
		assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 ").contains("h1v1h-1z");
	}

}
