package org.onedoor.oversight;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.AppealAccepted;
import org.onedoor.appeals.AppealAwaitingCitizen;
import org.onedoor.appeals.AppealCitizenSupplied;
import org.onedoor.appeals.AppealDispatched;
import org.onedoor.appeals.AppealReplied;
import org.onedoor.appeals.AppealSignedFor;
import org.onedoor.appeals.TrackingNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The appeals events, published as the appeals module publishes them, keep oversight's stage clocks. */
class AppealEventsTests extends OversightTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void dispatchSignForAndReplyMoveTheStageClock() throws Exception {
		long id = 9_300_001;
		long cgj = unit("GY-CGJ");
		TrackingNumber number = TrackingNumber.next(YearMonth.of(2026, 3));
		publish(new AppealDispatched(id, number, cgj, java.util.List.of(), at("2026-03-13T16:00:00"),
				at("2026-03-16T10:30:00"), at("2026-03-20T17:30:00")));
		await(id, "SIGN_FOR:true");
		publish(new AppealSignedFor(id, number, cgj, account("handler"), at("2026-03-16T09:10:00"),
				at("2026-03-23T17:30:00")));
		await(id, "REPLY:true");
		publish(new AppealReplied(id, number, cgj, at("2026-03-18T10:00:00"), at("2026-03-23T17:30:00"), true,
				at("2026-03-23T17:30:00")));
		await(id, "REPLY:false");
		assertThat(alertStates(id)).containsExactly("1:60:CANCELLED", "1:80:CANCELLED", "1:100:CANCELLED",
				"2:60:CANCELLED", "2:80:CANCELLED", "2:100:CANCELLED");
	}

	@Test
	void acceptanceStartsTheDispatchStageAndAskingTheCitizenStopsTheClock() throws Exception {
		long id = 9_300_002;
		long cgj = unit("GY-CGJ");
		TrackingNumber number = TrackingNumber.next(YearMonth.of(2026, 4));
		publish(new AppealAccepted(id, number, at("2026-04-01T09:00:00"), at("2026-04-01T11:00:00"),
				at("2026-04-15T17:30:00")));
		await(id, "DISPATCH:true");
		assertThat(jdbc.sql("select unit_id from oversight.stage_clock where appeal_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(unit("GY-12345"));
		publish(new AppealSignedFor(id, number, cgj, account("handler"), at("2026-04-01T10:00:00"),
				at("2026-04-08T17:30:00")));
		await(id, "REPLY:true");
		publish(new AppealAwaitingCitizen(id, number, cgj, at("2026-04-02T10:00:00")));
		awaitPaused(id, true);
		publish(new AppealCitizenSupplied(id, number, cgj, at("2026-04-02T10:00:00"), at("2026-04-07T10:00:00"),
				at("2026-04-10T17:30:00")));
		awaitPaused(id, false);
		assertThat(due(id, 100)).isEqualTo(at("2026-04-10T17:30:00"));
		assertThat(due(id, 60)).isEqualTo(at("2026-04-09T09:24:00"));
	}

	private void awaitPaused(long id, boolean paused) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(until) && paused(id) != paused) {
			Thread.sleep(50);
		}
		assertThat(paused(id)).isEqualTo(paused);
	}

	private boolean paused(long id) {
		return jdbc.sql("select paused_at is not null from oversight.stage_clock where appeal_id = ?").param(id)
			.query(Boolean.class).single();
	}

	private void publish(Object event) {
		tx.executeWithoutResult(status -> events.publishEvent(event));
	}

	private void await(long id, String expected) throws InterruptedException {
		Instant until = Instant.now().plusSeconds(10);
		String state = null;
		while (Instant.now().isBefore(until)) {
			state = jdbc.sql("select stage || ':' || open from oversight.stage_clock where appeal_id = ?")
				.param(id).query(String.class).optional().orElse(null);
			if (expected.equals(state)) {
				return;
			}
			Thread.sleep(50);
		}
		assertThat(state).isEqualTo(expected);
	}

}
