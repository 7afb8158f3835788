package org.onedoor.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.onedoor.calendar.WorkingCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadline figures for an application today: working days used of the promised limit, the due
 * day (none while a one-time notice stops the clock), and the current step's own due day.
 */
@Component
class ApplicationDeadlines implements WorkingDays {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** What a page or a queue shows about time. */
	record DeadlineView(int used, int limit, LocalDate due, Urgency urgency, LocalDate stepDue, Urgency stepUrgency) {
	}

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final int warnPercent;

	ApplicationDeadlines(WorkingCalendar calendar, Clock clock, @Value("${onedoor.applications.warn-at-percent:80}") int warnPercent) {
		this.calendar = calendar;
		this.clock = clock;
		this.warnPercent = warnPercent;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	@Override
	public LocalDate plus(LocalDate from, int days) {
		return calendar.addWorkingDays(from, days);
	}

	@Override
	public int between(LocalDate from, LocalDate to) {
		return calendar.workingDaysBetween(from, to);
	}

	DeadlineView of(Application a) {
		LocalDate today = today();
		int used = a.clock().used(this, today);
		LocalDate due = a.clock().due(this, a.promisedDays()).orElse(null);
		Urgency urgency = !a.clock().running() && a.state() == ApplicationState.NOTICE_ISSUED ? Urgency.PAUSED
				: Urgency.of(used, a.promisedDays(), warnPercent);
		LocalDate stepDue = null;
		Urgency stepUrgency = null;
		if (a.state() == ApplicationState.IN_APPROVAL && a.stepStartedOn() != null) {
			int days = a.currentStep().workingDays();
			stepDue = plus(a.stepStartedOn(), days);
			stepUrgency = Urgency.of(Math.max(0, between(a.stepStartedOn(), today)), days, warnPercent);
		}
		return new DeadlineView(used, a.promisedDays(), due, urgency, stepDue, stepUrgency);
	}

}
