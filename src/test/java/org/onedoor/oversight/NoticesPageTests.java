package org.onedoor.oversight;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.oversight.StageClocks.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The supervisor reads the escalation in the console, in Chinese and in English, and marks it read. */
class NoticesPageTests extends OversightTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	Oversight oversight;

	@Test
	void theSupervisorSeesTheEscalationAndMarksItRead() throws Exception {
		long id = 9_400_001;
		String tracking = TrackingNumber.next(YearMonth.of(2026, 5)).value();
		clocks.start(id, tracking, Stage.SIGN_FOR, unit("GY-CGJ"), null, at("2026-05-11T09:00:00"),
				at("2026-05-11T11:00:00"));
		sweep.sweep(at("2026-05-11T11:01:00"));
		long supervisor = account("supervisor");
		assertThat(oversight.unreadNotices(supervisor)).isPositive();
		assertThat(oversight.overdueSince(id)).contains(at("2026-05-11T11:00:00"));

		mvc.perform(get("/console/oversight/notices").with(user(users.loadUserByUsername("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("督办：")))
			.andExpect(content().string(containsString(tracking)))
			.andExpect(content().string(containsString("签收时限")));
		mvc.perform(get("/console/oversight/notices").param("lang", "en")
			.with(user(users.loadUserByUsername("supervisor"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sign-for deadline")));
		mvc.perform(post("/console/oversight/notices/read").with(user(users.loadUserByUsername("supervisor")))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(oversight.unreadNotices(supervisor)).isZero();
	}

	@Test
	void citizensCannotOpenTheNotices() throws Exception {
		mvc.perform(get("/console/oversight/notices").with(user("13800000001").roles("CITIZEN")))
			.andExpect(status().is(not(200)));
	}

}
