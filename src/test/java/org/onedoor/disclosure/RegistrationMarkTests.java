package org.onedoor.disclosure;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

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

	private long received(LocalDate day) {
		return jdbc.sql("select coalesce(sum(received), 0) from disclosure.volume_day where day = ?")
			.param(day).query(Long.class).single();
	}

}
