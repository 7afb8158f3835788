package org.onedoor.appeals;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 答复: the lead unit answers the citizen; the follow-up (回访) period starts. */
@Service
class ReplyToAppeal {

	private final WorkSteps steps;

	ReplyToAppeal(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void reply(long appealId, int version, String text) {
		String reply = Texts.required("reply", text, Texts.REPLY_MAX);
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.leadUnit(appeal);
		steps.transitions.move(appealId, version, AppealAction.REPLY, actor, null, true);
		Instant now = steps.now();
		Instant followUpBy = steps.deadlines.due(DeadlineStage.FOLLOW_UP, appeal.facts(), now, null);
		steps.cases.set(appealId, CaseStore.columns("reply", reply, "replied_at", now, "stage_deadline", followUpBy,
				"clock_stopped_at", null, "extension_requested", false));
		boolean onTime = appeal.replyDeadline() == null || !now.isAfter(appeal.replyDeadline());
		steps.events.publishEvent(new AppealReplied(appealId, appeal.trackingNumber(), appeal.leadUnitId(), now,
				appeal.replyDeadline(), onTime, followUpBy));
	}

}
