package org.onedoor.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.onedoor.oversight.OrderLifecycle.State;

/** A supervision order (督办单) as its pages and use cases read it. */
record SupervisionOrder(long id, String number, long unitId, String unitDivisionCode, String level, String reason,
		int answerDays, Instant deadline, State state, long issuedBy, String issuedByName, Instant issuedAt,
		String answerDone, LocalDate answerFinishBy, String answeredByName, Instant answeredAt, String reviewNote,
		Instant reviewedAt, Long escalatedToUnitId, Instant escalatedAt, int version) {

	public LocalDateTime deadlineLocal() {
		return local(deadline);
	}

	public LocalDateTime issuedLocal() {
		return local(issuedAt);
	}

	public LocalDateTime answeredLocal() {
		return local(answeredAt);
	}

	public LocalDateTime escalatedLocal() {
		return local(escalatedAt);
	}

	public boolean awaitsAnswer() {
		return OrderLifecycle.awaitsAnswer(state);
	}

	public boolean late(Instant now) {
		return awaitsAnswer() && !now.isBefore(deadline);
	}

	private static LocalDateTime local(Instant instant) {
		return instant == null ? null : instant.atZone(WarningNotices.CHINA).toLocalDateTime();
	}

	/** One appeal the order is about. */
	record Subject(long appealId, String trackingNumber) {
	}

}
