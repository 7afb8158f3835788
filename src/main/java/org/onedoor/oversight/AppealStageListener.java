package org.onedoor.oversight;

import org.onedoor.appeals.AppealAccepted;
import org.onedoor.appeals.AppealAwaitingCitizen;
import org.onedoor.appeals.AppealCitizenSupplied;
import org.onedoor.appeals.AppealClosed;
import org.onedoor.appeals.AppealDeclined;
import org.onedoor.appeals.AppealDispatched;
import org.onedoor.appeals.AppealExtended;
import org.onedoor.appeals.AppealReopened;
import org.onedoor.appeals.AppealReplied;
import org.onedoor.appeals.AppealReturned;
import org.onedoor.appeals.AppealSignedFor;
import org.onedoor.appeals.AppealSummary;
import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.TrackingNumber;
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

	private final PausedClocks paused;

	private final ReceivingCentre centre;

	private final Appeals appeals;

	AppealStageListener(StageClocks clocks, PausedClocks paused, ReceivingCentre centre, Appeals appeals) {
		this.clocks = clocks;
		this.paused = paused;
		this.centre = centre;
		this.appeals = appeals;
	}

	/** 受理: the receiving centre's dispatchers now have the 派单 stage's time to dispatch it. */
	@ApplicationModuleListener
	void on(AppealAccepted event) {
		if (event.dispatchDeadline() == null) {
			return; // no rule sets a dispatch time for this kind of appeal
		}
		AppealSummary summary = appeals.find(event.trackingNumber()).orElse(null);
		centre.of(summary == null ? null : summary.divisionCode()).ifPresent(unitId -> {
			clocks.start(event.appealId(), event.trackingNumber().value(), Stage.DISPATCH, unitId, null,
					event.acceptedAt(), event.dispatchDeadline());
			describe(event.appealId(), summary);
		});
	}

	@ApplicationModuleListener
	void on(AppealDispatched event) {
		clocks.start(event.appealId(), event.trackingNumber().value(), Stage.SIGN_FOR, event.leadUnitId(), null,
				event.dispatchedAt(), event.signForDeadline());
		describe(event.appealId(), event.trackingNumber());
	}

	@ApplicationModuleListener
	void on(AppealSignedFor event) {
		clocks.start(event.appealId(), event.trackingNumber().value(), Stage.REPLY, event.unitId(),
				event.responsibleAccountId(), event.signedForAt(), event.replyDeadline());
		describe(event.appealId(), event.trackingNumber());
	}

	@ApplicationModuleListener
	void on(AppealAwaitingCitizen event) {
		paused.pause(event.appealId(), event.stoppedAt());
	}

	@ApplicationModuleListener
	void on(AppealCitizenSupplied event) {
		paused.resume(event.appealId(), event.resumedAt(), event.replyDeadline());
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

	private void describe(long appealId, TrackingNumber number) {
		describe(appealId, appeals.find(number).orElse(null));
	}

	private void describe(long appealId, AppealSummary summary) {
		if (summary != null) {
			clocks.describe(appealId, new StageClocks.Subject(summary.divisionCode(), summary.categoryCode(),
					summary.channel().name(), summary.title()));
		}
	}

}
