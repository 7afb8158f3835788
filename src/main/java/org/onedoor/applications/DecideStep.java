package org.onedoor.applications;

import org.onedoor.applications.ApprovalRoute.Move;
import org.onedoor.audit.AuditLog;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The step holder's decision on the step in front of them: approve (on to the next step, or
 * 准予 after the last), send back one step, or refuse (不予). The page names the step it showed,
 * so a decision taken on a stale page is refused rather than applied to another step.
 */
@Service
class DecideStep {

	enum Action {
		APPROVE, SEND_BACK, REFUSE
	}

	private final ApplicationStore store;

	private final CaseFiles files;

	private final ApplicationAccess access;

	private final StepAssignment steps;

	private final ApplicationDeadlines deadlines;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	DecideStep(ApplicationStore store, CaseFiles files, ApplicationAccess access, StepAssignment steps,
			ApplicationDeadlines deadlines, AuditLog audit, ApplicationEventPublisher events) {
		this.store = store;
		this.files = files;
		this.access = access;
		this.steps = steps;
		this.deadlines = deadlines;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	void decide(String number, SignedIn holder, int shownStep, Action action, String note) {
		Application a = store.lock(number);
		if (!access.holdsStep(a, holder)) {
			throw new NotFoundException("applications.notFound", number);
		}
		if (a.stepPosition() == null || a.stepPosition() != shownStep) {
			throw new InvalidInputException("step", "applications.step.moved");
		}
		String clean = note == null ? "" : note.strip();
		if (clean.length() > 1000 || (action != Action.APPROVE && clean.isEmpty())) {
			throw new InvalidInputException("note", "applications.step.note");
		}
		ApprovalRoute route = a.route();
		Move move = switch (action) {
			case APPROVE -> route.approve(shownStep);
			case SEND_BACK -> route.sendBack(shownStep);
			case REFUSE -> route.refuse(shownStep);
		};
		Progress p = new Progress(a);
		steps.apply(a, p, move, deadlines.today());
		if (move.outcome() != ApprovalRoute.Outcome.AT_STEP) {
			p.decisionNote = clean.isEmpty() ? null : clean;
		}
		store.updateProgress(a.id(), p);
		files.log(a.id(), holder.loginName(), action.name().toLowerCase(java.util.Locale.ROOT), shownStep,
				clean.isEmpty() ? null : clean);
		audit.record("applications.step." + action.name().toLowerCase(java.util.Locale.ROOT), "application", number,
				"step " + shownStep);
		if (p.state == ApplicationState.DECIDED) {
			events.publishEvent(new ApplicationDecided(number, a.itemCode(), a.unitId(), "GRANTED".equals(p.decision),
					p.resultNumber));
		}
	}

}
