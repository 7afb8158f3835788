package org.onedoor.oversight;

import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.oversight.StageClocks.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warnings, overdue marking and escalation on real dates of March 2026 (Monday 16 to Friday 20
 * are ordinary working days; 14-15 and 21-22 are a weekend). The appeals are oversight's own
 * copies, started as the appeals events would start them.
 */
class WarningSweepTests extends OversightTestSupport {

	private static final AtomicLong IDS = new AtomicLong(9_100_000);

	private long cgj;

	@BeforeEach
	void units() {
		cgj = unit("GY-CGJ");
		jdbc.sql("update identity.account set mobile = '13900000011' where username = 'head'").update();
	}

	/** Signed for by the handler on Friday 13 March 09:00; reply due Friday 20 March 17:30. */
	private long replyStage() {
		long id = IDS.incrementAndGet();
		clocks.start(id, TrackingNumber.next(YearMonth.of(2026, 3)).value(), Stage.REPLY, cgj, account("handler"),
				at("2026-03-13T09:00:00"), at("2026-03-20T17:30:00"));
		return id;
	}

	@Test
	void warningPointsFallInOfficeTime() {
		long id = replyStage();
		// 42 office hours (7 a day, six days): 60% = 25h12m, on Wednesday afternoon; 80% on Thursday
		assertThat(due(id, 60)).isEqualTo(at("2026-03-18T14:42:00"));
		assertThat(due(id, 80)).isEqualTo(at("2026-03-19T16:06:00"));
		assertThat(due(id, 100)).isEqualTo(at("2026-03-20T17:30:00"));
	}

	@Test
	void warnsTheResponsiblePersonAndTheHeadOnceThenEscalatesAtTheDeadline() {
		long id = replyStage();
		sweep.sweep(at("2026-03-18T14:41:00"));
		assertThat(notices(id, "WARNING")).isEmpty();

		sweep.sweep(at("2026-03-18T14:43:00"));
		sweep.sweep(at("2026-03-18T15:00:00"));
		assertThat(notices(id, "WARNING")).containsExactly("handler", "head");
		String tracking = jdbc.sql("select tracking_number from oversight.stage_clock where appeal_id = ?")
			.param(id).query(String.class).single();
		assertThat(sms.sent).filteredOn(text -> text.contains(tracking))
			.containsExactly("13900000011:【一门通】督办预警：诉求" + tracking + "的答复时限已过60%，截止2026-03-20 17:30，请抓紧办理。");

		sweep.sweep(at("2026-03-20T17:31:00"));
		// the 80% point was not reached by a sweep before the deadline: only the deadline fires
		assertThat(notices(id, "WARNING")).hasSize(2);
		assertThat(notices(id, "OVERDUE")).containsExactly("handler", "head");
		assertThat(notices(id, "ESCALATED")).containsExactly("supervisor");
		assertThat(alertStates(id)).containsExactly("1:60:SENT", "1:80:SUPERSEDED", "1:100:SENT");
		assertThat(jdbc.sql("select overdue_since from oversight.stage_clock where appeal_id = ?").param(id)
			.query(Instant.class).single()).isEqualTo(at("2026-03-20T17:30:00"));
	}

	@Test
	void afterDowntimeOnlyTheFurthestDuePointFires() {
		long id = replyStage();
		sweep.sweep(at("2026-03-23T09:00:00"));
		assertThat(alertStates(id)).containsExactly("1:60:SUPERSEDED", "1:80:SUPERSEDED", "1:100:SENT");
		assertThat(notices(id, "WARNING")).isEmpty();
		assertThat(notices(id, "OVERDUE")).containsExactly("handler", "head");
		sweep.sweep(at("2026-03-24T09:00:00"));
		assertThat(notices(id, "OVERDUE")).hasSize(2);
	}

	@Test
	void anExtensionMovesThePendingPointsAndAfterOverdueOpensANewRound() {
		long id = replyStage();
		sweep.sweep(at("2026-03-18T15:00:00"));
		clocks.extend(id, at("2026-03-27T17:30:00"));
		clocks.extend(id, at("2026-03-27T17:30:00")); // the same event again changes nothing
		assertThat(alertStates(id)).containsExactly("1:60:SENT", "1:80:PENDING", "1:100:PENDING");
		// 77 office hours over eleven working days; 80% = 61h36m, on Wednesday 25 March
		assertThat(due(id, 100)).isEqualTo(at("2026-03-27T17:30:00"));
		assertThat(due(id, 80)).isEqualTo(at("2026-03-25T16:06:00"));

		sweep.sweep(at("2026-03-28T09:00:00"));
		assertThat(notices(id, "OVERDUE")).hasSize(2);
		clocks.extend(id, at("2026-04-03T17:30:00"));
		assertThat(alertStates(id)).startsWith("1:60:SENT", "1:80:SUPERSEDED", "1:100:SENT")
			.contains("2:100:PENDING");
		assertThat(jdbc.sql("select overdue_since is null from oversight.stage_clock where appeal_id = ?").param(id)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aRepliedAppealIsNoLongerWatchedAndARepeatedStartIsIgnored() {
		long id = replyStage();
		String tracking = jdbc.sql("select tracking_number from oversight.stage_clock where appeal_id = ?")
			.param(id).query(String.class).single();
		clocks.start(id, tracking, Stage.REPLY, cgj, account("handler"), at("2026-03-13T09:00:00"),
				at("2026-03-20T17:30:00"));
		assertThat(alertStates(id)).containsExactly("1:60:PENDING", "1:80:PENDING", "1:100:PENDING");
		clocks.stop(id);
		sweep.sweep(at("2026-03-23T09:00:00"));
		assertThat(alertStates(id)).containsOnly("1:60:CANCELLED", "1:80:CANCELLED", "1:100:CANCELLED");
		assertThat(notices(id, "OVERDUE")).isEmpty();
	}

	@Test
	void aNewStageVoidsTheWarningsOfTheLastOne() {
		long id = IDS.incrementAndGet();
		String tracking = TrackingNumber.next(YearMonth.of(2026, 3)).value();
		// dispatched Friday 13 March 16:00, sign for within 2 office hours: Monday 16 March 10:30
		clocks.start(id, tracking, Stage.SIGN_FOR, cgj, null, at("2026-03-13T16:00:00"), at("2026-03-16T10:30:00"));
		clocks.start(id, tracking, Stage.REPLY, cgj, account("handler"), at("2026-03-16T09:10:00"),
				at("2026-03-23T17:30:00"));
		assertThat(alertStates(id)).containsExactly("1:60:CANCELLED", "1:80:CANCELLED", "1:100:CANCELLED",
				"2:60:PENDING", "2:80:PENDING", "2:100:PENDING");
	}

}
