package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AssistedFilingTests extends DeskTestSupport {

	@Test
	void aWindowClerkFilesAWalkInOnTheCitizensBehalfAndPrintsTheSlip() throws Exception {
		String mobile = freshMobile();
		MvcResult result = file("clerk", mobile).andExpect(status().is3xxRedirection()).andReturn();
		String slip = result.getResponse().getRedirectedUrl();
		String number = slip.substring(slip.lastIndexOf('/') + 1);
		assertThat(column("channel", number)).isEqualTo("WALK_IN");
		assertThat(column("filed_on_behalf", number)).isEqualTo("true");
		assertThat(column("filed_by_account_id", number)).isEqualTo(Long.toString(accountId("clerk")));
		mvc.perform(get(slip).with(as("clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(TrackingNumber.parse(number).orElseThrow().display())))
			.andExpect(content().string(containsString("受理回执")));
		// another clerk or agent learns nothing from the number, not even that it exists
		mvc.perform(get(slip).with(as("agent"))).andExpect(status().isNotFound());
	}

	@Test
	void aVillageAgentFilesAsVillageAgent() throws Exception {
		MvcResult result = file("agent", freshMobile()).andExpect(status().is3xxRedirection()).andReturn();
		String slip = result.getResponse().getRedirectedUrl();
		String number = slip.substring(slip.lastIndexOf('/') + 1);
		assertThat(column("channel", number)).isEqualTo("VILLAGE_AGENT");
		assertThat(column("filed_by_account_id", number)).isEqualTo(Long.toString(accountId("agent")));
	}

	@Test
	void aRefusedFilingStoresNothingAndSaysWhyInBothLanguages() throws Exception {
		long before = count("appeal");
		mvc.perform(post("/console/assisted").with(as("clerk")).with(csrf()).param("type", "CONSULTATION")
				.param("anonymous", "true").param("title", "问").param("content", "问题"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("这类诉求需要留下姓名和联系方式")));
		mvc.perform(post("/console/assisted").with(as("clerk")).with(csrf()).param("lang", "en").param("type", "COMPLAINT")
				.param("citizenName", "王五").param("citizenMobile", "139").param("title", "t").param("content", "c"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please correct the following")));
		assertThat(count("appeal")).isEqualTo(before);
		mvc.perform(get("/console/assisted").with(as("operator"))).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions file(String staff, String mobile) throws Exception {
		return mvc.perform(post("/console/assisted").with(as(staff)).with(csrf())
			.param("citizenMobile", mobile).param("citizenName", "杨老伯").param("type", "REQUEST_FOR_HELP")
			.param("title", "申请临时救助").param("content", "老人独居，冬季取暖困难。").param("divisionCode", "520102000000"));
	}

}
