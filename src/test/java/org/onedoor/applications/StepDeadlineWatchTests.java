package org.onedoor.applications;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A step that started long ago is warned about once, not every morning. */
class StepDeadlineWatchTests extends ApplicationsTestSupport {

	@Autowired
	StepDeadlineWatch watch;

	@Autowired
	ApplicationStore store;

	@Test
	void anOverdueStepIsWarnedOnce() {
		String number = jdbc.sql("""
				select number from applications.application where state = 'IN_APPROVAL' order by id limit 1""")
			.query(String.class).single();
		jdbc.sql("update applications.application set step_started_on = ?, last_warned_step = null where number = ?")
			.params(LocalDate.now().minusDays(30), number).update();
		assertThat(watch.warn()).isPositive();
		Application a = store.find(number).orElseThrow();
		assertThat(store.warnedAt(a.id(), a.stepPosition())).isTrue();
		long warnings = jdbc.sql("""
				select count(*) from applications.history where application_id = ? and action = 'warned'""")
			.param(a.id()).query(Long.class).single();
		watch.warn();
		assertThat(jdbc.sql("select count(*) from applications.history where application_id = ? and action = 'warned'")
			.param(a.id()).query(Long.class).single()).isEqualTo(warnings);
	}

}
