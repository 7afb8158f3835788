package org.onedoor.appeals;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What every work use case needs: the case, the guarded step, who may act, deadlines, events, the clock. */
@Component
class WorkSteps {

	final CaseStore cases;

	final AppealTransitions transitions;

	final StaffScope scope;

	final Deadlines deadlines;

	final ApplicationEventPublisher events;

	final AppealWorkProperties properties;

	private final Clock clock;

	WorkSteps(CaseStore cases, AppealTransitions transitions, StaffScope scope, Deadlines deadlines,
			ApplicationEventPublisher events, AppealWorkProperties properties, Clock clock) {
		this.cases = cases;
		this.transitions = transitions;
		this.scope = scope;
		this.deadlines = deadlines;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

}
