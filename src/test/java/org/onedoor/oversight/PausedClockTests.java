package org.onedoor.oversight;

import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.oversight.StageClocks.Stage;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 补充材料 across 清明 2026 (Saturday 4 to Monday 6 April are off): the clock stands still from
 * Thursday 2 April 10:00 to Tuesday 7 April 10:00, which is 14 office hours (Thursday 6, Friday 7,
 * Tuesday 1), so the deadline and every pending point move on by exactly two office days.
 */
class PausedClockTests extends OversightTestSupport {

	private static final AtomicLong IDS = new AtomicLong(9_450_000);

	@Autowired
	PausedClocks paused;

	/** Signed for Wednesday 1 April 10:00, reply due Wednesday 8 April 17:30: 34 office hours. */
	private long replyStage() {
		long id = IDS.incrementAndGet();
		clocks.start(id, TrackingNumber.next(YearMonth.of(2026, 4)).value(), Stage.REPLY, unit("GY-CGJ"),
				account("handler"), at("2026-04-01T10:00:00"), at("2026-04-08T17:30:00"));
		return id;
	}

	@Test
	void pointsFallAfterTheHoliday() {
		long id = replyStage();
		// 60% = 20h24m: Wednesday 6h, Thursday 7h, Friday 7h, then 24 minutes into Tuesday
		assertThat(due(id, 60)).isEqualTo(at("2026-04-07T09:24:00"));
		assertThat(due(id, 80)).isEqualTo(at("2026-04-08T09:12:00"));
	}

	@Test
	void nothingFiresWhileTheCitizenIsAskedAndEverythingMovesOnByTheStoppedOfficeTime() {
		long id = replyStage();
		paused.pause(id, at("2026-04-02T10:00:00"));
		paused.pause(id, at("2026-04-02T11:00:00")); // the same event again: the first stop stands

		sweep.sweep(at("2026-04-07T09:50:00"));
		assertThat(notices(id, "WARNING")).isEmpty();
		assertThat(alertStates(id)).containsOnly("1:60:PENDING", "1:80:PENDING", "1:100:PENDING");

		paused.resume(id, at("2026-04-07T10:00:00"), at("2026-04-10T17:30:00"));
		paused.resume(id, at("2026-04-07T11:00:00"), at("2026-04-10T17:30:00")); // again: no second move
		assertThat(due(id, 60)).isEqualTo(at("2026-04-09T09:24:00"));
		assertThat(due(id, 80)).isEqualTo(at("2026-04-10T09:12:00"));
		assertThat(due(id, 100)).isEqualTo(at("2026-04-10T17:30:00"));

		sweep.sweep(at("2026-04-09T09:20:00"));
		assertThat(notices(id, "WARNING")).isEmpty();
		sweep.sweep(at("2026-04-09T09:30:00"));
		assertThat(notices(id, "WARNING")).containsExactly("handler", "head");
	}

	@Test
	void aStageThatWouldHaveGoneOverdueWhilePausedIsNotMarkedOverdue() {
		long id = replyStage();
		paused.pause(id, at("2026-04-02T10:00:00"));
		sweep.sweep(at("2026-04-13T09:00:00"));
		assertThat(notices(id, "OVERDUE")).isEmpty();
		assertThat(jdbc.sql("select overdue_since is null from oversight.stage_clock where appeal_id = ?").param(id)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void withoutANewDeadlineTheStoredOneMovesByTheSameRule() {
		long id = replyStage();
		paused.pause(id, at("2026-04-02T10:00:00"));
		paused.resume(id, at("2026-04-07T10:00:00"), null);
		assertThat(due(id, 100)).isEqualTo(at("2026-04-10T17:30:00"));
	}

}
