package org.onedoor.oversight;

import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.oversight.StageClocks.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supervisor board on Wednesday 18 March 2026, 10:00: what falls due in the next eight office
 * hours (before Thursday 10:00) is about to go late; what fell due before now is late.
 */
class BoardPageTests extends OversightTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	PausedClocks paused;

	private String soon;

	private String late;

	private String later;

	private String elsewhere;

	private String waiting;

	private long lateId;

	@BeforeEach
	void appeals() {
		clock.moveTo("2026-03-18T10:00:00");
		soon = stage(9_700_001, "GY-CGJ", "2026-03-18T15:00:00");
		late = stage(9_700_002, "GY-CGJ", "2026-03-17T17:30:00");
		lateId = 9_700_002;
		later = stage(9_700_003, "GY-CGJ", "2026-03-27T17:30:00");
		elsewhere = stage(9_700_004, "GZ-SFT", "2026-03-17T17:30:00");
		waiting = stage(9_700_005, "GY-CGJ", "2026-03-17T17:30:00");
		paused.pause(9_700_005, at("2026-03-16T10:00:00"));
	}

	private String stage(long id, String unitCode, String deadline) {
		String tracking = TrackingNumber.next(YearMonth.of(2026, 3)).value();
		clocks.start(id, tracking, Stage.REPLY, unit(unitCode), account("handler"), at("2026-03-10T09:00:00"),
				at(deadline));
		return jdbc.sql("select tracking_number from oversight.stage_clock where appeal_id = ?").param(id)
			.query(String.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void theSupervisorSeesTheirDivisionSoonAndLatePerUnitAndPerPerson() throws Exception {
		mvc.perform(get("/console/oversight").with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("督办看板")))
			.andExpect(content().string(containsString(soon)))
			.andExpect(content().string(containsString(late)))
			.andExpect(content().string(containsString("贵阳市城市管理局")))
			.andExpect(content().string(containsString("张承办")))
			.andExpect(content().string(not(containsString(later))))
			.andExpect(content().string(not(containsString(elsewhere))))
			.andExpect(content().string(not(containsString(waiting))));
		mvc.perform(get("/console/oversight").param("lang", "en").with(as("supervisor")))
			.andExpect(content().string(containsString("About to go late")));
	}

	@Test
	void filtersAnswerWithTheResultsFragmentForHtmx() throws Exception {
		mvc.perform(get("/console/oversight").param("hours", "2").header("HX-Request", "true").with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString(late)))
			.andExpect(content().string(not(containsString(soon))));
		mvc.perform(get("/console/oversight").param("stage", "SIGN_FOR").with(as("supervisor")))
			.andExpect(content().string(not(containsString(late))));
		mvc.perform(get("/console/oversight").param("level", "NONE").param("unit", "GY-CGJ").with(as("supervisor")))
			.andExpect(content().string(containsString(late)));
		mvc.perform(get("/console/oversight").param("hours", "0").with(as("supervisor")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/console/oversight").param("division", "52").with(as("supervisor")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/console/oversight").param("unit", "NO-SUCH").with(as("supervisor")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theUnitHeadSeesOnlyTheirUnitAndOthersNothing() throws Exception {
		mvc.perform(get("/console/oversight").with(as("head")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(late)))
			.andExpect(content().string(not(containsString(elsewhere))))
			.andExpect(content().string(not(containsString("bulk-remind"))));
		mvc.perform(get("/console/oversight").with(as("dispatcher"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/oversight").with(as("handler"))).andExpect(status().isForbidden());
	}

	@Test
	void bulkRemindersReachTheResponsiblePeopleOnce() throws Exception {
		mvc.perform(post("/console/oversight/remind").param("appealIds", String.valueOf(lateId))
			.with(as("supervisor")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(notices(lateId, "REMINDER")).containsExactly("handler", "head");
		mvc.perform(post("/console/oversight/remind").param("appealIds", "9700004").with(as("supervisor")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/oversight/remind").with(as("supervisor")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

}
