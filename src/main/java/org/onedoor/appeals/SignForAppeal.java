package org.onedoor.appeals;

import java.time.Instant;

import org.onedoor.identity.AccountSummary;
import org.onedoor.identity.Accounts;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 签收: the lead unit takes the appeal and names the person responsible, one of its own staff. */
@Service
class SignForAppeal {

	private final WorkSteps steps;

	private final Accounts accounts;

	SignForAppeal(WorkSteps steps, Accounts accounts) {
		this.steps = steps;
		this.accounts = accounts;
	}

	@Transactional
	void signFor(long appealId, int version, Long responsibleAccountId) {
		if (responsibleAccountId == null) {
			throw new InvalidInputException("responsibleAccountId", "appeals.work.responsible.required");
		}
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.leadUnit(appeal);
		AccountSummary responsible = accounts.find(responsibleAccountId)
			.filter(a -> a.staff() && a.enabled() && appeal.leadUnitId().equals(a.unitId()))
			.orElseThrow(() -> new InvalidInputException("responsibleAccountId", "appeals.work.responsible.notInUnit"));
		steps.transitions.move(appealId, version, AppealAction.SIGN_FOR, actor, responsible.displayName(), true);
		Instant now = steps.now();
		steps.cases.set(appealId, CaseStore.columns("responsible_account_id", responsible.id(), "responsible_name",
				responsible.displayName(), "signed_for_at", now, "stage_deadline", appeal.replyDeadline()));
		steps.events.publishEvent(new AppealSignedFor(appealId, appeal.trackingNumber(), appeal.leadUnitId(),
				responsible.id(), now, appeal.replyDeadline()));
	}

}
