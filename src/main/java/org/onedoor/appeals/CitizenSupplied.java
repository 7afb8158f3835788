package org.onedoor.appeals;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen supplied what was asked: the clock runs again and the deadlines move on by the
 * office time it stood still.
 */
@Service
class CitizenSupplied {

	private final WorkSteps steps;

	CitizenSupplied(WorkSteps steps) {
		this.steps = steps;
	}

	/** Recorded by the lead unit (the citizen brought or phoned it in). */
	@Transactional
	void recordedByUnit(long appealId, int version, String note) {
		AppealCase appeal = steps.cases.load(appealId);
		resume(appeal, version, steps.scope.leadUnit(appeal), note);
	}

	/** Supplied through a channel (the desk's pages), by whoever the channel says. */
	@Transactional
	void supplied(long appealId, Actor actor, String note) {
		AppealCase appeal = steps.cases.load(appealId);
		resume(appeal, null, actor, note);
	}

	private void resume(AppealCase appeal, Integer version, Actor actor, String note) {
		steps.transitions.move(appeal.id(), version, AppealAction.CITIZEN_SUPPLIED, actor,
				Texts.optional("note", note, Texts.REASON_MAX), true);
		Instant now = steps.now();
		Instant stopped = appeal.clockStoppedAt() == null ? now : appeal.clockStoppedAt();
		Instant replyBy = steps.deadlines.resume(appeal.replyDeadline(), stopped, now, appeal.leadUnitId());
		steps.cases.set(appeal.id(), CaseStore.columns("clock_stopped_at", null, "reply_deadline", replyBy,
				"stage_deadline", replyBy));
		steps.events.publishEvent(new AppealCitizenSupplied(appeal.id(), appeal.trackingNumber(), appeal.leadUnitId(),
				stopped, now, replyBy));
	}

}
