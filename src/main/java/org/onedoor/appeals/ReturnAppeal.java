package org.onedoor.appeals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 退单: not this unit's business; back to the dispatcher with a reason, within the return limits. */
@Service
class ReturnAppeal {

	private final WorkSteps steps;

	ReturnAppeal(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void giveBack(long appealId, int version, String reason) {
		String why = Texts.required("reason", reason, Texts.REASON_MAX);
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.leadUnit(appeal);
		Instant now = steps.now();
		Duration since = appeal.dispatchedAt() == null ? Duration.ZERO
				: steps.deadlines.workingTimeBetween(appeal.dispatchedAt(), now, appeal.leadUnitId());
		steps.properties.returnPolicy().refusal(since, appeal.returns()).ifPresent(key -> {
			throw new InvalidInputException("reason", key, steps.properties.maxReturns());
		});
		steps.transitions.move(appealId, version, AppealAction.RETURN, actor, why, false);
		Instant dispatchBy = steps.deadlines.due(DeadlineStage.DISPATCH, appeal.facts(), now, null);
		steps.cases.set(appealId, CaseStore.columns("lead_unit_id", null, "responsible_account_id", null,
				"responsible_name", null, "signed_for_at", null, "dispatched_at", null, "returns", appeal.returns() + 1,
				"stage_deadline", dispatchBy, "extension_requested", false, "extension_days", null,
				"extension_reason", null));
		steps.cases.replaceCoUnits(appealId, List.of());
		steps.events.publishEvent(new AppealReturned(appealId, appeal.trackingNumber(), appeal.leadUnitId(), why, now,
				appeal.returns() + 1));
	}

}
