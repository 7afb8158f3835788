package org.onedoor.oversight;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.oversight.StageClocks.Stage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

/** Issuing from the board's selection, answering, reviewing and printing, through the pages. */
class OrderPagesTests extends OversightTestSupport {

	@Autowired
	MockMvc mvc;

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void aSupervisorIssuesTheUnitAnswersAndTheSupervisorAccepts() throws Exception {
		clock.moveTo("2026-03-18T10:00:00");
		long id = 9_800_001;
		String tracking = TrackingNumber.next(YearMonth.of(2026, 3)).value();
		clocks.start(id, tracking, Stage.REPLY, unit("GY-CGJ"), account("handler"), at("2026-03-10T09:00:00"),
				at("2026-03-17T17:30:00"));

		mvc.perform(get("/console/oversight/orders/new").param("appealIds", String.valueOf(id)).with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tracking)));
		mvc.perform(post("/console/oversight/orders").param("appealIds", String.valueOf(id)).param("level", "RED")
			.param("reason", "").param("answerDays", "2").with(as("supervisor")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("此项必填")))
			.andExpect(content().string(containsString(tracking)));
		MvcResult issued = mvc.perform(post("/console/oversight/orders").param("appealIds", String.valueOf(id))
			.param("level", "RED").param("reason", "超期未办，限期办结").param("answerDays", "2")
			.with(as("supervisor")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = issued.getResponse().getRedirectedUrl();
		// Wednesday 18 March + 2 working days: Friday 20 March, close of office
		mvc.perform(get(page).with(as("head")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("红牌")))
			.andExpect(content().string(containsString("2026-03-20 17:30")))
			.andExpect(content().string(containsString("answer-form")));
		mvc.perform(get(page + "/print").param("lang", "en").with(as("head")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SUPERVISION ORDER")))
			.andExpect(content().string(containsString(tracking)));
		mvc.perform(get(page).with(as("dispatcher"))).andExpect(status().isForbidden());

		mvc.perform(post(page + "/answer").param("version", "0").param("answerDone", "已清理")
			.param("answerFinishBy", "2026-03-19").with(as("head")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/answer").param("version", "0").param("answerDone", "再答")
			.param("answerFinishBy", "2026-03-19").with(as("head")).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/console/oversight/orders").with(as("supervisor")))
			.andExpect(content().string(containsString("已答复待审核")));
		mvc.perform(post(page + "/accept").param("version", "1").with(as("supervisor")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).param("lang", "en").with(as("supervisor")))
			.andExpect(content().string(containsString("Closed")))
			.andExpect(content().string(not(containsString("accept-form"))));
		assertThat(jdbc.sql("select count(*) from oversight.supervision_order_appeal where appeal_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theUnitListsItsOrdersAndACitizenCannotOpenThem() throws Exception {
		mvc.perform(get("/console/oversight/orders").with(as("head"))).andExpect(status().isOk());
		mvc.perform(get("/console/oversight/orders").with(user("13800000001").roles("CITIZEN")))
			.andExpect(status().is(not(200)));
	}

}
