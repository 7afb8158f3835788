package org.onedoor.oversight;

import org.onedoor.appeals.AppealClosed;
import org.onedoor.appeals.AppealDeclined;
import org.onedoor.appeals.AppealDispatched;
import org.onedoor.appeals.AppealExtended;
import org.onedoor.appeals.AppealReopened;
import org.onedoor.appeals.AppealReplied;
import org.onedoor.appeals.AppealReturned;
import org.onedoor.appeals.AppealSignedFor;
import org.onedoor.oversight.StageClocks.Stage;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the appeals events into oversight's stage clocks. Durable: the event publication
 * registry keeps each event until its listener has committed, and redelivers after a restart.
 */
@Component
class AppealStageListener {

	private final StageClocks clocks;

	AppealStageListener(StageClocks clocks) {
		this.clocks = clocks;
	}

	@ApplicationModuleListener
	void on(AppealDispatched event) {
		clocks.start(event.appealId(), event.trackingNumber().value(), Stage.SIGN_FOR, event.leadUnitId(), null,
				event.dispatchedAt(), event.signForDeadline());
	}

	@ApplicationModuleListener
	void on(AppealSignedFor event) {
		clocks.start(event.appealId(), event.trackingNumber().value(), Stage.REPLY, event.unitId(),
				event.responsibleAccountId(), event.signedForAt(), event.replyDeadline());
	}

	@ApplicationModuleListener
	void on(AppealExtended event) {
		clocks.extend(event.appealId(), event.replyDeadline());
	}

	@ApplicationModuleListener
	void on(AppealReplied event) {
		clocks.stop(event.appealId());
	}

	@ApplicationModuleListener
	void on(AppealReturned event) {
		clocks.stop(event.appealId());
	}

	@ApplicationModuleListener
	void on(AppealClosed event) {
		clocks.stop(event.appealId());
	}

	@ApplicationModuleListener
	void on(AppealDeclined event) {
		clocks.stop(event.appealId());
	}

	@ApplicationModuleListener
	void on(AppealReopened event) {
		clocks.stop(event.appealId());
	}

}
