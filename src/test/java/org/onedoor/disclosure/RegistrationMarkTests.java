package org.onedoor.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration marks its volume cell in the registering transaction itself, not through the
 * event publication registry: the mark is there the moment the appeal is, with no event left to
 * deliver, and the day's figures count it at the next refresh.
 */
class RegistrationMarkTests extends DisclosureTestSupport {

	@Test
	void theRegisteringTransactionMarksTheDayAndLeavesNoEventBehind() {
		LocalDate day = LocalDate.of(2024, 3, 12);
		long registeredBefore = received(day);
		long id = register("2024-03-12T10:15:00", "小区门口路灯不亮");

		assertThat(jdbc.sql("select kind, unit_id, day from disclosure.appeal_cell where appeal_id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getObject(3, LocalDate.class))
			.list()).containsExactly("V/0/2024-03-12");
		assertThat(jdbc.sql("select count(*) from disclosure.dirty_cell where kind = 'V' and unit_id = 0 and day = ?")
			.param(day).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%AppealRegistered'")
			.query(Integer.class).single()).isZero();

		refresher.refreshAll();
		assertThat(received(day)).isEqualTo(registeredBefore + 1);
		assertThat(jdbc.sql("select count(*) from disclosure.dirty_cell where kind = 'V'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void aMarkMadeWhileItsCellIsRecomputedIsRecomputedAgain(@Autowired CellMarks marks, @Autowired DataSource data)
			throws Exception {
		LocalDate day = LocalDate.of(2023, 5, 4);
		Instant registeredThatDay = day.atTime(10, 0).atZone(CellMarks.CHINA).toInstant();
		marks.mark("V", 0, day);
		try (Connection refresher = data.getConnection()) {
			refresher.setAutoCommit(false);
			try (PreparedStatement claim = refresher.prepareStatement(CellRefresher.CLAIM)) {
				claim.setString(1, "V");
				claim.setInt(2, 1);
				try (ResultSet claimed = claim.executeQuery()) {
					assertThat(claimed.next()).isTrue();
				}
			}
			// an appeal of that day registers while the refresher holds the cell
			CompletableFuture<Void> marking = CompletableFuture.runAsync(() -> marks.registered(-1L, registeredThatDay));
			long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%insert into disclosure.dirty_cell%'")
				.query(Integer.class).single() == 0 && !marking.isDone() && System.nanoTime() < giveUp) {
				Thread.sleep(20);
			}
			assertThat(marking).as("the mark waits for the claim").isNotDone();
			assertThat(System.nanoTime()).as("the mark was seen waiting on the claim's lock").isLessThan(giveUp);
			refresher.commit();
			marking.get(20, TimeUnit.SECONDS);
		}
		assertThat(jdbc.sql("select count(*) from disclosure.dirty_cell where kind = 'V' and day = ?").param(day)
			.query(Integer.class).single()).as("marked again, so recomputed again").isEqualTo(1);
		jdbc.sql("delete from disclosure.dirty_cell where kind = 'V' and day = ?").param(day).update();
		jdbc.sql("delete from disclosure.appeal_cell where appeal_id = -1").update();
	}

	private long received(LocalDate day) {
		return jdbc.sql("select coalesce(sum(received), 0) from disclosure.volume_day where day = ?")
			.param(day).query(Long.class).single();
	}

}
