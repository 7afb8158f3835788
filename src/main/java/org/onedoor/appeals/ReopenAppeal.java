package org.onedoor.appeals;

import java.time.Duration;
import java.time.Instant;

import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 重办: the dispatcher reopens a closed appeal the citizen was not satisfied with, within the window. */
@Service
class ReopenAppeal {

	private final WorkSteps steps;

	ReopenAppeal(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void reopen(long appealId, int version, String reason) {
		String why = Texts.required("reason", reason, Texts.REASON_MAX);
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.dispatcher(appeal);
		if (appeal.rating() != Rating.DISSATISFIED) {
			throw new InvalidInputException("action", "appeals.reopen.notDissatisfied");
		}
		Instant now = steps.now();
		if (appeal.closedAt() != null
				&& now.isAfter(appeal.closedAt().plus(Duration.ofDays(steps.properties.reopenWithinDays())))) {
			throw new InvalidInputException("action", "appeals.reopen.tooLate", steps.properties.reopenWithinDays());
		}
		steps.transitions.move(appealId, version, AppealAction.REOPEN, actor, why, true);
		restart(steps, appeal, now, DeadlineStage.REPLY, "reopens", appeal.reopens() + 1);
		steps.events.publishEvent(new AppealReopened(appealId, appeal.trackingNumber(), appeal.leadUnitId(), now,
				steps.cases.load(appealId).replyDeadline(), appeal.reviewLevel()));
	}

	/** Back to the dispatcher with fresh deadlines: shared by 重办 and 复查/复核. */
	static void restart(WorkSteps steps, AppealCase appeal, Instant now, DeadlineStage replyStage, String counter,
			int count) {
		Instant dispatchBy = steps.deadlines.due(DeadlineStage.DISPATCH, appeal.facts(), now, null);
		Instant replyBy = steps.deadlines.due(replyStage, appeal.facts(), now, null);
		steps.cases.set(appeal.id(), CaseStore.columns(counter, count, "accepted_at", now, "stage_deadline", dispatchBy,
				"reply_deadline", replyBy, "closed_at", null, "rating", null, "rated_at", null, "dispatched_at", null,
				"signed_for_at", null, "responsible_account_id", null, "responsible_name", null, "extensions", 0,
				"extension_requested", false));
	}

}
