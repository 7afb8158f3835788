package org.onedoor.appeals;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 受理: the dispatcher takes the appeal on; the dispatch and reply deadlines start now. */
@Service
class AcceptAppeal {

	private final WorkSteps steps;

	AcceptAppeal(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void accept(long appealId, int version, String note) {
		AppealCase appeal = steps.cases.load(appealId);
		accept(appeal, version, note, steps.scope.dispatcher(appeal));
	}

	/** For the system (automatic dispatch): the caller has decided the step may be taken. */
	@Transactional
	void accept(AppealCase appeal, Integer version, String note, Actor actor) {
		long appealId = appeal.id();
		steps.transitions.move(appealId, version, AppealAction.ACCEPT, actor,
				Texts.optional("note", note, Texts.REASON_MAX), true);
		Instant now = steps.now();
		Instant dispatchBy = steps.deadlines.due(DeadlineStage.DISPATCH, appeal.facts(), now, null);
		Instant replyBy = steps.deadlines.due(DeadlineStage.REPLY, appeal.facts(), now, null);
		steps.cases.set(appealId, CaseStore.columns("accepted_at", now, "stage_deadline", dispatchBy, "reply_deadline",
				replyBy));
		steps.events.publishEvent(new AppealAccepted(appealId, appeal.trackingNumber(), now, dispatchBy, replyBy));
	}

}
