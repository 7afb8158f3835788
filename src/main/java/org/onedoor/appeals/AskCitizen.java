package org.onedoor.appeals;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 补充材料: the unit asks the citizen for more; the clock stops until the citizen has supplied it. */
@Service
class AskCitizen {

	private final WorkSteps steps;

	AskCitizen(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void ask(long appealId, int version, String what) {
		String needed = Texts.required("reason", what, Texts.REASON_MAX);
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.leadUnit(appeal);
		steps.transitions.move(appealId, version, AppealAction.ASK_CITIZEN, actor, needed, true);
		Instant now = steps.now();
		steps.cases.set(appealId, CaseStore.columns("clock_stopped_at", now));
		steps.events.publishEvent(new AppealAwaitingCitizen(appealId, appeal.trackingNumber(), appeal.leadUnitId(), now));
	}

}
