package org.onedoor.appeals;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 不予受理: refused with a reason that the citizen is told; final. */
@Service
class DeclineAppeal {

	private final WorkSteps steps;

	DeclineAppeal(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void decline(long appealId, int version, String reason) {
		String why = Texts.required("reason", reason, Texts.REASON_MAX);
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.dispatcher(appeal);
		steps.transitions.move(appealId, version, AppealAction.DECLINE, actor, why, true);
		Instant now = steps.now();
		steps.cases.set(appealId, CaseStore.columns("decline_reason", why, "closed_at", now, "stage_deadline", null,
				"reply_deadline", null));
		steps.events.publishEvent(new AppealDeclined(appealId, appeal.trackingNumber(), why, now));
	}

}
