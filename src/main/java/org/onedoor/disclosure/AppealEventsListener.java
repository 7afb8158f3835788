package org.onedoor.disclosure;

import org.onedoor.appeals.AppealClosed;
import org.onedoor.appeals.AppealDispatched;
import org.onedoor.appeals.AppealExtended;
import org.onedoor.appeals.AppealMerged;
import org.onedoor.appeals.AppealRated;
import org.onedoor.appeals.AppealRegistered;
import org.onedoor.appeals.AppealReopened;
import org.onedoor.appeals.AppealReplied;
import org.onedoor.appeals.AppealReturned;
import org.onedoor.appeals.AppealSignedFor;
import org.onedoor.appeals.AppealUnmerged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows the appeals events into dirty cells. Durable: the event publication registry keeps
 * each event until its listener has committed and redelivers after a restart, so no change is
 * lost; marking twice is harmless. Registration is the exception: it marks inside the
 * registering transaction (below).
 */
@Component
class AppealEventsListener {

	private final CellMarks marks;

	AppealEventsListener(CellMarks marks) {
		this.marks = marks;
	}

	/**
	 * Intake is the busiest write there is, and as an asynchronous listener this mark cost every
	 * appeal three more commits (the registry's two and the listener's own). A new appeal counts
	 * in one cell only, known without reading anything, so it is marked just before the
	 * registration commits, and committed with it or not at all. Phases other than after-commit
	 * are not kept in the event publication registry.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(AppealRegistered event) {
		marks.registered(event.appealId(), event.registeredAt());
	}

	@ApplicationModuleListener
	void on(AppealDispatched event) {
		marks.signForDue(event.appealId(), event.signForDeadline());
		marks.touch(event.appealId(), event.leadUnitId(), event.dispatchedAt());
	}

	@ApplicationModuleListener
	void on(AppealSignedFor event) {
		marks.touch(event.appealId(), event.unitId(), event.signedForAt());
	}

	@ApplicationModuleListener
	void on(AppealReplied event) {
		marks.touch(event.appealId(), event.unitId(), event.repliedAt());
	}

	@ApplicationModuleListener
	void on(AppealRated event) {
		marks.touch(event.appealId(), null, null);
	}

	@ApplicationModuleListener
	void on(AppealClosed event) {
		marks.touch(event.appealId(), event.unitId(), event.closedAt());
	}

	@ApplicationModuleListener
	void on(AppealReopened event) {
		marks.step(event.appealId(), "REOPEN", event.previousUnitId(), event.reopenedAt());
		marks.touch(event.appealId(), event.previousUnitId(), event.reopenedAt());
	}

	@ApplicationModuleListener
	void on(AppealExtended event) {
		marks.step(event.appealId(), "APPROVE_EXTENSION", event.unitId(), event.extendedAt());
		marks.touch(event.appealId(), event.unitId(), event.extendedAt());
	}

	@ApplicationModuleListener
	void on(AppealReturned event) {
		marks.step(event.appealId(), "RETURN", event.unitId(), event.returnedAt());
		marks.touch(event.appealId(), event.unitId(), event.returnedAt());
	}

	@ApplicationModuleListener
	void on(AppealMerged event) {
		marks.touch(event.appealId(), null, null);
		marks.touch(event.primaryId(), null, null);
	}

	@ApplicationModuleListener
	void on(AppealUnmerged event) {
		marks.touch(event.appealId(), null, null);
	}

}
