package org.onedoor.disclosure;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public disclosure (no sign-in), its downloads and bad input; the staff pages and who may open them. */
class DisclosureWebTests extends DisclosureTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	Disclosure disclosure;

	private String latest() {
		return disclosure.latestWeek().orElseThrow().week().toString();
	}

	@Test
	void theDemoPublishedRecentWeeksAndAnyoneReadsThem() throws Exception {
		assertThat(disclosure.publishedWeeks(100)).hasSizeGreaterThanOrEqualTo(DisclosureDemoSeed.WEEKS);
		mvc.perform(get("/disclosure/weekly"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("每周公示")))
			.andExpect(content().string(containsString(latest())))
			.andExpect(content().string(containsString("按期办结率")));
		mvc.perform(get("/disclosure/weekly").param("lang", "en"))
			.andExpect(content().string(containsString("Weekly disclosure")));
	}

	@Test
	void csvStartsWithABomAndAChineseHeader() throws Exception {
		MvcResult result = mvc.perform(get("/disclosure/weekly.csv").param("week", latest()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn();
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF单位,受理量,签收量,按时签收量,办结量,按期办结量,按期办结率(%),参评量,满意量,满意率(%),退单量,延期量\r\n");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("weekly-" + latest() + ".csv");
		MvcResult excel = mvc.perform(get("/disclosure/weekly.xlsx").param("week", latest()))
			.andExpect(status().isOk()).andReturn();
		assertThat(excel.getResponse().getContentAsByteArray()).startsWith(new byte[] { 'P', 'K' });
	}

	@Test
	void jsonHasEveryUnitsFigures() throws Exception {
		mvc.perform(get("/api/disclosure/weekly").param("week", latest()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.week").value(latest()))
			.andExpect(jsonPath("$.units").isArray())
			.andExpect(jsonPath("$.publishedAt").exists());
	}

	@Test
	void aBadWeekIs400InBothLanguagesAndAnUnpublishedWeekIs404() throws Exception {
		mvc.perform(get("/api/disclosure/weekly").param("week", "2026-W99").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages['zh-CN']").value(containsString("周次")))
			.andExpect(jsonPath("$.messages.en").value(containsString("not valid")));
		mvc.perform(get("/disclosure/weekly.csv").param("week", "last week")).andExpect(status().isBadRequest());
		mvc.perform(get("/disclosure/weekly").param("week", "2026W1")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("周次")));
		mvc.perform(get("/api/disclosure/weekly").param("week", "2019-W10").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.messages.en").value(containsString("2019-W10")));
	}

	@Test
	void assessmentAndDashboardsAreForLeadersSupervisorsAndAdministrators() throws Exception {
		mvc.perform(get("/console/assessment")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/console/assessment").with(as("handler"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/assessment").with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("绩效考核")))
			.andExpect(content().string(containsString("网络渠道占比")));
		mvc.perform(get("/console/assessment").with(as("supervisor")).param("from", "2026-05-01").param("to", "2026-01-01"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/console/assessment.csv").with(as("supervisor")).param("from", "2026-01-01").param("to", "2026-11-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("排名,单位,综合得分")));
		mvc.perform(get("/console/dashboards").with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("各渠道诉求量")))
			.andExpect(content().string(containsString("超期最多的单位")));
		mvc.perform(get("/console/dashboards").with(as("supervisor")).param("months", "99")).andExpect(status().isBadRequest());
		mvc.perform(get("/console/dashboards").with(as("clerk"))).andExpect(status().isForbidden());
	}

	@Test
	void drillDownListsTheAppealsBehindAFigure() throws Exception {
		long cgj = unitId("GY-CGJ");
		mvc.perform(get("/console/assessment/units/" + cgj + "/completed").with(as("supervisor"))
			.param("from", "2024-01-01").param("to", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/console/appeals/")));
		mvc.perform(get("/console/assessment/units/" + cgj + "/nonsense").with(as("supervisor"))
			.param("from", "2024-01-01").param("to", "2026-12-31"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyAdministratorsChangeWeightsAndTheChangeIsAudited() throws Exception {
		AssessmentWeights before = disclosure.weights();
		mvc.perform(post("/console/assessment/weights").with(as("supervisor")).with(csrf()).param("onTime", "50")
			.param("satisfaction", "30").param("response", "10").param("resolution", "10")
			.param("version", String.valueOf(before.version()))).andExpect(status().isForbidden());
		mvc.perform(post("/console/assessment/weights").with(as("admin")).with(csrf()).param("onTime", "50")
			.param("satisfaction", "30").param("response", "10").param("resolution", "20")
			.param("version", String.valueOf(before.version()))).andExpect(status().isBadRequest());
		mvc.perform(post("/console/assessment/weights").with(as("admin")).with(csrf()).param("onTime", "50")
			.param("satisfaction", "30").param("response", "10").param("resolution", "10")
			.param("version", String.valueOf(before.version()))).andExpect(status().is3xxRedirection());
		assertThat(disclosure.weights().onTime()).isEqualTo(50);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'disclosure.weights-changed'")
			.query(Integer.class).single()).isEqualTo(1);
		disclosure.changeWeights(new AssessmentWeights(before.onTime(), before.satisfaction(), before.response(),
				before.resolution(), before.version() + 1), "test");
	}

}
