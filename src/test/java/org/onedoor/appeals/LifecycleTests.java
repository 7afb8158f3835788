package org.onedoor.appeals;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.appeals.AppealAction.*;
import static org.onedoor.appeals.AppealStatus.*;

class LifecycleTests {

	private static AppealStatus walk(AppealStatus start, List<AppealAction> actions) {
		AppealStatus status = start;
		for (AppealAction action : actions) {
			status = Lifecycle.require(status, action);
		}
		return status;
	}

	@Test
	void theNormalPathEndsClosed() {
		assertThat(walk(REGISTERED, List.of(ACCEPT, DISPATCH, SIGN_FOR, REPLY, RATE))).isEqualTo(CLOSED);
	}

	@Test
	void aWrongDispatchGoesBackToTheDispatcher() {
		assertThat(walk(REGISTERED, List.of(ACCEPT, DISPATCH, RETURN))).isEqualTo(ACCEPTED);
		assertThat(walk(REGISTERED, List.of(ACCEPT, DISPATCH, SIGN_FOR, RETURN, DISPATCH, SIGN_FOR))).isEqualTo(SIGNED_FOR);
	}

	@Test
	void waitingForTheCitizenStopsTheClockAndResumes() {
		AppealStatus waiting = walk(REGISTERED, List.of(ACCEPT, DISPATCH, SIGN_FOR, ASK_CITIZEN));
		assertThat(waiting).isEqualTo(WAITING_FOR_CITIZEN);
		assertThat(waiting.clockRuns()).isFalse();
		assertThat(Lifecycle.require(waiting, CITIZEN_SUPPLIED).clockRuns()).isTrue();
	}

	@Test
	void extensionsAndRemindersKeepTheStatus() {
		for (AppealAction action : List.of(REQUEST_EXTENSION, APPROVE_EXTENSION, REFUSE_EXTENSION, REMIND)) {
			assertThat(Lifecycle.require(SIGNED_FOR, action)).isEqualTo(SIGNED_FOR);
		}
	}

	@Test
	void dissatisfiedCitizensCanHaveTheMatterReopened() {
		assertThat(walk(REGISTERED, List.of(ACCEPT, DISPATCH, SIGN_FOR, REPLY, RATE, REOPEN, DISPATCH)))
			.isEqualTo(DISPATCHED);
	}

	@Test
	void declinedAndAnsweredOnTheSpotAreFinal() {
		assertThat(Lifecycle.require(REGISTERED, DECLINE).isOpen()).isFalse();
		assertThat(Lifecycle.require(REGISTERED, ANSWER_ON_SPOT)).isEqualTo(CLOSED);
		assertThat(Lifecycle.allowedFrom(DECLINED)).isEmpty();
	}

	@Test
	void illegalStepsAreRefusedWithTheirReason() {
		assertThatThrownBy(() -> Lifecycle.require(REGISTERED, REPLY)).isInstanceOf(IllegalTransitionException.class)
			.satisfies(ex -> {
				IllegalTransitionException refused = (IllegalTransitionException) ex;
				assertThat(refused.from()).isEqualTo(REGISTERED);
				assertThat(refused.action()).isEqualTo(REPLY);
				assertThat(refused.messageKey()).isEqualTo("appeals.transition.illegal");
			});
		assertThat(Lifecycle.next(CLOSED, SIGN_FOR)).isEmpty();
		assertThat(Lifecycle.next(MERGED, DISPATCH)).isEmpty();
	}

	@Test
	void everyStatusIsReachableAndEveryOpenStatusCanMoveOn() {
		for (AppealStatus status : AppealStatus.values()) {
			if (status.isOpen()) {
				assertThat(Lifecycle.allowedFrom(status)).as(status.name()).isNotEmpty();
			}
			boolean reachable = status == REGISTERED || java.util.Arrays.stream(AppealStatus.values())
				.anyMatch(from -> Lifecycle.allowedFrom(from)
					.stream()
					.anyMatch(action -> Lifecycle.next(from, action).orElseThrow() == status));
			assertThat(reachable).as(status.name()).isTrue();
		}
	}

}
