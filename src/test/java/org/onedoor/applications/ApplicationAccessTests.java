package org.onedoor.applications;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees what, bad input answered with 4xx, the public tracking page masked, and the demo
 * data in every state.
 */
class ApplicationAccessTests extends ApplicationsTestSupport {

	@Autowired
	ApplicationStore store;

	@Test
	void theApplicantSeesTheirOwnOthersGetNotFoundAndClerksOnlyTheirHall() throws Exception {
		String number = draft("NM-HGY-ZX");
		mvc.perform(get("/hall/my/{n}", number).with(as(CITIZEN))).andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		mvc.perform(get("/hall/my/{n}", number).with(as("volunteer"))).andExpect(status().isNotFound());
		mvc.perform(get("/console/applications/{n}", number).with(as("organiser"))).andExpect(status().isNotFound());
		mvc.perform(post("/hall/my/{n}/submit", number).with(as(CITIZEN)).with(csrf())).andExpect(status().isBadRequest());
		// the clerk of 花果园 sees the hall's submissions, masked; a different hall's are not theirs
		upload(number, "M01", "M02", "M03");
		mvc.perform(post("/hall/my/{n}/submit", number).with(as(CITIZEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/console/applications").with(as("clerk"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		mvc.perform(get("/console/applications/{n}", number).with(as("clerk"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("520102********402X")))
			.andExpect(content().string(not(containsString(ID_NUMBER))));
		String elsewhere = draft("XW-LC-ZX");
		upload(elsewhere, "M01", "M02", "M03");
		mvc.perform(post("/hall/my/{n}/submit", elsewhere).with(as(CITIZEN)).with(csrf()));
		mvc.perform(get("/console/applications/{n}", elsewhere).with(as("clerk"))).andExpect(status().isNotFound());
		mvc.perform(post("/console/applications/{n}/accept", elsewhere).with(as("clerk")).with(csrf()))
			.andExpect(status().isNotFound());
		// the handler sees nothing before acceptance
		mvc.perform(get("/console/applications/{n}", number).with(as("handler"))).andExpect(status().isNotFound());
		assertThat(store.find(number).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
	}

	@Test
	void badInputIsAnsweredWithFourHundredAndNothingIsStored() throws Exception {
		long before = count();
		mvc.perform(post("/hall/apply/{c}", ITEM).param("kind", "PERSON").param("name", "王大妈")
			.param("idNumber", "520102196503124021").param("mobile", CITIZEN).with(as(CITIZEN)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("公民身份号码不正确")));
		mvc.perform(post("/hall/apply/{c}", ITEM).param("kind", "COMPANY").param("name", "贵州黔筑建设工程有限公司")
			.param("creditCode", "91520102MA6HK3PQ58").param("legalRep", "周海峰").param("mobile", "13908512266")
			.param("lang", "en").with(as(CITIZEN)).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("credit code is not valid")));
		mvc.perform(post("/hall/apply/{c}", ITEM).param("kind", "PERSON").param("name", "王大妈").param("idNumber", ID_NUMBER)
			.param("mobile", "12345").with(as(CITIZEN)).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/hall/apply/{c}", "NO-SUCH-ITEM").with(as(CITIZEN)).with(csrf())).andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(before);
		String number = draft("NM-HGY-ZX");
		mvc.perform(multipart("/hall/my/{n}/materials", number)
			.file(new MockMultipartFile("file", "方案.pdf", "application/pdf", "not a pdf at all".getBytes()))
			.param("material", "M01").with(as(CITIZEN)).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(multipart("/hall/my/{n}/materials", number)
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf())).param("material", "M99")
			.with(as(CITIZEN)).with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void publicTrackingNeedsTheRightMobileAndShowsTheApplicantMasked() throws Exception {
		String number = draft("NM-HGY-ZX");
		upload(number, "M01", "M02", "M03");
		mvc.perform(post("/hall/my/{n}/submit", number).with(as(CITIZEN)).with(csrf()));
		mvc.perform(get("/hall/track").param("number", number).param("mobile", CITIZEN)).andExpect(status().isOk())
			.andExpect(content().string(containsString("王**")))
			.andExpect(content().string(containsString("138****0001")))
			.andExpect(content().string(not(containsString(ID_NUMBER))));
		mvc.perform(get("/hall/track").param("number", number).param("mobile", "13800000002"))
			.andExpect(status().isNotFound());
	}

	@Test
	void trackingLookUpsFromOneAddressAreLimitedAndTheFirstFiveStayOffTheSharedCount() throws Exception {
		RequestPostProcessor address = request -> {
			request.setRemoteAddr("10.98.0.1");
			return request;
		};
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/hall/track").with(address).param("number", "SB20260000000000").param("mobile", CITIZEN))
				.andExpect(status().isNotFound());
			assertThat(jdbc.sql("select count(*) from applications.rate_bucket where id = 'hall-track:10.98.0.1'")
				.query(Integer.class).single()).as("shared count after look-up %d", i + 1).isEqualTo(i < 5 ? 0 : 1);
		}
		mvc.perform(get("/hall/track").with(address).param("number", "SB20260000000000").param("mobile", CITIZEN))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]\\d*")))
			.andExpect(content().string(containsString("查询太频繁")));
		mvc.perform(get("/hall/track").with(address).param("number", "SB20260000000000").param("lang", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many look-ups")));
	}

	@Test
	void bothTrackingLimitsForgetOldCountsOnSchedule(@Autowired List<ScheduledTaskHolder> schedulers) {
		assertThat(schedulers.stream().flatMap(s -> s.getScheduledTasks().stream()).map(Object::toString))
			.filteredOn(task -> task.endsWith("LookUpLimit.removeExpired"))
			.as("appeals' and applications' tracking limits")
			.hasSize(2);
	}

	@Test
	void demoDataHasEveryState() throws Exception {
		for (ApplicationState state : ApplicationState.values()) {
			assertThat(jdbc.sql("select count(*) from applications.application where state = ?").param(state.name())
				.query(Integer.class).single()).as(state.name()).isPositive();
		}
		assertThat(jdbc.sql("select count(distinct channel) from applications.application").query(Integer.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from applications.rectification where state <> 'CLOSED'")
			.query(Integer.class).single()).isPositive();
		mvc.perform(get("/hall/reviews")).andExpect(status().isOk())
			.andExpect(content().string(containsString("贵阳市城市管理局")));
		mvc.perform(get("/console/applications/rectifications").with(as("head"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("城市建筑垃圾处置核准")));
	}

	private String draft(String hallCode) throws Exception {
		String location = mvc.perform(post("/hall/apply/{c}", ITEM).param("kind", "PERSON").param("name", "王大妈")
			.param("idNumber", ID_NUMBER).param("mobile", CITIZEN).param("hall", String.valueOf(unitId(hallCode)))
			.with(as(CITIZEN)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return location.replace("/hall/my/", "");
	}

	private void upload(String number, String... materials) throws Exception {
		for (String material : materials) {
			mvc.perform(multipart("/hall/my/{n}/materials", number)
				.file(new MockMultipartFile("file", material + ".pdf", "application/pdf", pdf())).param("material", material)
				.with(as(CITIZEN)).with(csrf())).andExpect(status().is3xxRedirection());
		}
	}

	private long count() {
		return jdbc.sql("select count(*) from applications.application").query(Long.class).single();
	}

}
