package org.onedoor.appeals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催办: the dispatcher or a supervisor reminds the unit; recorded and counted, nothing else changes. */
@Service
class RemindUnit {

	private final WorkSteps steps;

	RemindUnit(WorkSteps steps) {
		this.steps = steps;
	}

	@Transactional
	void remind(long appealId, int version, String note) {
		AppealCase appeal = steps.cases.load(appealId);
		Actor actor = steps.scope.oversight(appeal);
		steps.transitions.move(appealId, version, AppealAction.REMIND, actor,
				Texts.optional("note", note, Texts.REASON_MAX), false);
		steps.cases.set(appealId, CaseStore.columns("reminders", appeal.reminders() + 1));
	}

}
