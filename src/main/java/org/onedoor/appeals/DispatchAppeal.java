package org.onedoor.appeals;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 派单: to an active lead unit, optionally with co-units (协办); the unit's sign-for clock starts. */
@Service
class DispatchAppeal {

	static final int MAX_CO_UNITS = 5;

	private final WorkSteps steps;

	private final Directory directory;

	DispatchAppeal(WorkSteps steps, Directory directory) {
		this.steps = steps;
		this.directory = directory;
	}

	@Transactional
	void dispatch(long appealId, int version, Long leadUnitId, List<Long> coUnitIds, String note) {
		AppealCase appeal = steps.cases.load(appealId);
		dispatch(appeal, version, leadUnitId, coUnitIds, note, steps.scope.dispatcher(appeal));
	}

	/** For the system (automatic dispatch): the caller has decided the step may be taken. */
	@Transactional
	void dispatch(AppealCase appeal, Integer version, Long leadUnitId, List<Long> coUnitIds, String note,
			Actor actor) {
		long appealId = appeal.id();
		if (leadUnitId == null) {
			throw new InvalidInputException("leadUnitId", "appeals.work.leadUnitId.required");
		}
		activeUnit("leadUnitId", leadUnitId);
		Set<Long> coUnits = new LinkedHashSet<>(coUnitIds == null ? List.of() : coUnitIds);
		coUnits.remove(leadUnitId);
		if (coUnits.size() > MAX_CO_UNITS) {
			throw new InvalidInputException("coUnitIds", "appeals.work.coUnits.tooMany", MAX_CO_UNITS);
		}
		coUnits.forEach(id -> activeUnit("coUnitIds", id));
		steps.transitions.move(appealId, version, AppealAction.DISPATCH, actor,
				Texts.optional("note", note, Texts.REASON_MAX), true);
		Instant now = steps.now();
		Instant signBy = steps.deadlines.due(DeadlineStage.SIGN_FOR, appeal.facts(), now, leadUnitId);
		Instant replyBy = appeal.replyDeadline() != null ? appeal.replyDeadline()
				: steps.deadlines.due(DeadlineStage.REPLY, appeal.facts(), now, leadUnitId);
		steps.cases.set(appealId, CaseStore.columns("lead_unit_id", leadUnitId, "dispatched_at", now,
				"stage_deadline", signBy, "reply_deadline", replyBy, "responsible_account_id", null,
				"responsible_name", null, "signed_for_at", null));
		List<Long> co = List.copyOf(coUnits);
		steps.cases.replaceCoUnits(appealId, co);
		steps.events.publishEvent(new AppealDispatched(appealId, appeal.trackingNumber(), leadUnitId, co, now, signBy,
				replyBy));
	}

	private void activeUnit(String field, long unitId) {
		Unit unit = directory.findUnit(unitId)
			.orElseThrow(() -> new InvalidInputException(field, "appeals.work.unit.unknown", unitId));
		if (!unit.active()) {
			throw new InvalidInputException(field, "appeals.work.unit.inactive", unit.name());
		}
	}

}
