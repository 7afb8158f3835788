package org.onedoor.applications;

import org.onedoor.applications.ApplicationDeadlines.DeadlineView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns each step holder once per step when the step reaches the warning point
 * ({@code onedoor.applications.warn-at-percent}) or runs over: a line in the history, which the
 * console queue shows, and an {@link ApplicationStepDueSoon} event for notifiers.
 */
@Component
class StepDeadlineWatch {

	private final ApplicationStore store;

	private final CaseFiles files;

	private final ApplicationDeadlines deadlines;

	private final ApplicationEventPublisher events;

	StepDeadlineWatch(ApplicationStore store, CaseFiles files, ApplicationDeadlines deadlines,
			ApplicationEventPublisher events) {
		this.store = store;
		this.files = files;
		this.deadlines = deadlines;
		this.events = events;
	}

	@Scheduled(cron = "${onedoor.applications.warn-cron:0 0 8 * * MON-SAT}", zone = "Asia/Shanghai")
	@Transactional
	int warn() {
		int warned = 0;
		for (Application a : store.inApproval()) {
			DeadlineView view = deadlines.of(a);
			if (view.stepUrgency() == null || view.stepUrgency() == Urgency.ON_TIME
					|| store.warnedAt(a.id(), a.stepPosition())) {
				continue;
			}
			store.markWarned(a.id(), a.stepPosition());
			files.log(a.id(), "system", "warned", a.stepPosition(), view.stepDue().toString());
			events.publishEvent(new ApplicationStepDueSoon(a.number(), a.stepRole(), a.stepUnitId(), view.stepDue(),
					view.stepUrgency() == Urgency.OVERDUE));
			warned++;
		}
		return warned;
	}

}
