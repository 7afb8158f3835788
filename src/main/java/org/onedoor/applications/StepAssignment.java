package org.onedoor.applications;

import java.time.LocalDate;
import java.time.Year;

import org.onedoor.applications.ApprovalRoute.Move;
import org.onedoor.catalogue.ServiceItem.ApprovalStep;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies a move of the step engine to an application's progress: the step's holder (role in
 * a unit; the implementing unit unless the step names another), or the decision with a
 * generated result number when the route ends. The clock stops at the decision.
 */
@Component
class StepAssignment {

	private final Directory directory;

	private final JdbcClient jdbc;

	StepAssignment(Directory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	void apply(Application a, Progress p, Move move, LocalDate today) {
		switch (move.outcome()) {
			case AT_STEP -> {
				ApprovalStep step = move.step();
				p.moveTo(ApplicationState.IN_APPROVAL);
				p.stepPosition = step.position();
				p.stepRole = step.role();
				p.stepUnitId = step.unitCode() == null ? a.unitId()
						: directory.findUnitByCode(step.unitCode()).map(Unit::id).orElse(a.unitId());
				p.stepStartedOn = today;
			}
			case GRANTED, REFUSED -> {
				p.moveTo(ApplicationState.DECIDED);
				p.clearStep();
				p.clock = p.clock.stop(today);
				p.decision = move.outcome().name();
				if (move.outcome() == ApprovalRoute.Outcome.GRANTED) {
					p.resultNumber = resultNumber(a, today);
				}
			}
		}
	}

	/** e.g. GZ-SFT〔2026〕000123: the unit, the year and a number that never repeats. */
	private String resultNumber(Application a, LocalDate today) {
		String unit = directory.findUnit(a.unitId()).map(Unit::code).orElse("U" + a.unitId());
		long next = jdbc.sql("select nextval('applications.result_number')").query(Long.class).single();
		return unit + "〔" + Year.from(today) + "〕" + String.format("%06d", next);
	}

}
