package org.onedoor.applications;

import java.time.LocalDate;

/**
 * The moving parts of an application, changed by one use case inside its transaction and then
 * written back together. Everything that identifies the case stays in {@link Application}.
 */
final class Progress {

	ApplicationState state;

	Integer stepPosition;

	String stepRole;

	Long stepUnitId;

	LocalDate stepStartedOn;

	ProcessingClock clock;

	boolean noticeIssued;

	LocalDate submittedOn;

	LocalDate acceptedOn;

	String decision;

	String decisionNote;

	String resultNumber;

	String delivery;

	String deliveryAddress;

	String trackingNumber;

	LocalDate completedOn;

	Progress(Application a) {
		state = a.state();
		stepPosition = a.stepPosition();
		stepRole = a.stepRole();
		stepUnitId = a.stepUnitId();
		stepStartedOn = a.stepStartedOn();
		clock = a.clock();
		noticeIssued = a.noticeIssued();
		submittedOn = a.submittedOn();
		acceptedOn = a.acceptedOn();
		decision = a.decision();
		decisionNote = a.decisionNote();
		resultNumber = a.resultNumber();
		delivery = a.delivery();
		deliveryAddress = a.deliveryAddress();
		trackingNumber = a.trackingNumber();
		completedOn = a.completedOn();
	}

	/** Moves to {@code next}, refusing any move the state table does not have. */
	void moveTo(ApplicationState next) {
		if (!state.allows(next)) {
			throw new org.onedoor.shared.InvalidInputException("state", "applications.state.notAllowed", state, next);
		}
		state = next;
	}

	void clearStep() {
		stepPosition = null;
		stepRole = null;
		stepUnitId = null;
		stepStartedOn = null;
	}

}
