package org.onedoor.appeals;

import java.time.Instant;

import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期审批: the dispatcher approves (the reply deadline moves, the reason is told to the citizen,
 * as the 信访工作条例 asks for petitions) or refuses (with a reason for the unit).
 */
@Service
class DecideExtension {

	private final WorkSteps steps;

	DecideExtension(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void approve(long appealId, int version, String note) {
		AppealCase appeal = pending(appealId);
		Actor actor = steps.scope.dispatcher(appeal);
		int days = appeal.extensionDays();
		String told = appeal.extensionReason() + (note == null || note.isBlank() ? "" : " / " + note.strip());
		steps.transitions.move(appealId, version, AppealAction.APPROVE_EXTENSION, actor,
				Texts.optional("note", told, Texts.REASON_MAX * 2), true);
		Instant now = steps.now();
		Instant replyBy = steps.deadlines.extend(appeal.replyDeadline(), days, appeal.channel(), appeal.leadUnitId());
		steps.cases.set(appealId, CaseStore.columns("reply_deadline", replyBy, "stage_deadline", replyBy,
				"extensions", appeal.extensions() + 1, "extension_requested", false));
		steps.events.publishEvent(new AppealExtended(appealId, appeal.trackingNumber(), appeal.leadUnitId(), days,
				appeal.extensionReason(), appeal.replyDeadline(), replyBy, now));
	}

	@Transactional
	void refuse(long appealId, int version, String reason) {
		String why = Texts.required("reason", reason, Texts.REASON_MAX);
		AppealCase appeal = pending(appealId);
		Actor actor = steps.scope.dispatcher(appeal);
		steps.transitions.move(appealId, version, AppealAction.REFUSE_EXTENSION, actor, why, false);
		steps.cases.set(appealId, CaseStore.columns("extension_requested", false));
	}

	private AppealCase pending(long appealId) {
		AppealCase appeal = steps.cases.load(appealId);
		// who first: someone outside the appeal's division must not learn its state from the answer
		steps.scope.dispatcher(appeal);
		if (!appeal.extensionRequested() || appeal.status() != AppealStatus.SIGNED_FOR) {
			throw new InvalidInputException("action", "appeals.extension.none");
		}
		return appeal;
	}

}
