package org.onedoor.appeals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/** Works out colour and time left of deadlines for pages, in the office time of the unit. */
@Component
class DeadlineViews {

	private final Deadlines deadlines;

	private final Clock clock;

	DeadlineViews(Deadlines deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	DeadlineView of(AppealStatus status, Instant started, Instant deadline, Long unitId) {
		if (deadline == null || !status.isOpen()) {
			return DeadlineView.NONE;
		}
		Instant now = clock.instant();
		if (status == AppealStatus.WAITING_FOR_CITIZEN) {
			return new DeadlineView(deadline, DeadlineColour.PAUSED, null);
		}
		Duration left = deadlines.workingTimeLeft(deadline, now, unitId);
		// the instant decides lateness; office time only measures how much is left
		boolean overdue = now.isAfter(deadline);
		Duration allowed = started == null ? Duration.ZERO : deadlines.workingTimeBetween(started, deadline, unitId);
		return new DeadlineView(deadline, DeadlineColour.of(allowed, left, overdue), left);
	}

	CaseRow decorate(CaseRow row) {
		return row.with(of(row.status(), row.stageStartedAt(), row.stageDeadline(), row.leadUnitId()));
	}

}
