package org.onedoor.appeals;

import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 申请延期: the unit asks the dispatcher for more days, with a reason. One request open at a time. */
@Service
class RequestExtension {

	private final WorkSteps steps;

	RequestExtension(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void request(long appealId, int version, Integer days, String reason) {
		String why = Texts.required("reason", reason, Texts.REASON_MAX);
		if (days == null) {
			throw new InvalidInputException("days", "appeals.work.days.required");
		}
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.leadUnit(appeal);
		if (appeal.extensionRequested()) {
			throw new InvalidInputException("days", "appeals.extension.pending");
		}
		ExtensionPolicy policy = ExtensionPolicy.forChannel(appeal.channel(), steps.properties);
		policy.refusal(appeal.extensions(), days).ifPresent(key -> {
			throw new InvalidInputException("days", key, policy.maxExtensions(), policy.maxDays());
		});
		steps.transitions.move(appealId, version, AppealAction.REQUEST_EXTENSION, actor, days + " / " + why, false);
		steps.cases.set(appealId, CaseStore.columns("extension_requested", true, "extension_days", days,
				"extension_reason", why));
	}

}
