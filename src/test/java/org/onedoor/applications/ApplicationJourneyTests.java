package org.onedoor.applications;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onedoor.calendar.WorkingCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One application from the citizen's form to the rating: draft, materials, submission, the
 * one-time notice (once only, clock stopped), resubmission, acceptance with a receipt whose text
 * carries the number, the two approval steps, delivery, a 差评 and its rectification to closure.
 */
class ApplicationJourneyTests extends ApplicationsTestSupport {

	@Autowired
	ApplicationStore store;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	ApplicationDeadlines deadlines;

	@Test
	void fromTheFormToARectifiedBadRating() throws Exception {
		String number = startAndSubmit();
		Application submitted = store.find(number).orElseThrow();
		assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(submitted.channel()).isEqualTo(Channel.ONLINE);
		assertThat(submitted.clock().running()).isTrue();

		// one notice listing what is wrong: the clock stops
		mvc.perform(post("/console/applications/{n}/notice", number).param("reason_M02", "方案未写明运输路线和消纳场所")
			.with(as("clerk")).with(csrf())).andExpect(status().is3xxRedirection());
		Application noticed = store.find(number).orElseThrow();
		assertThat(noticed.state()).isEqualTo(ApplicationState.NOTICE_ISSUED);
		assertThat(noticed.clock().running()).isFalse();
		assertThat(text(mvc.perform(get("/hall/my/{n}/documents/notice", number).with(as(CITIZEN))).andReturn()))
			.contains("一次性告知书", "运输路线");

		// the applicant corrects and resubmits: the clock runs again; a second notice is refused
		mvc.perform(multipart("/hall/my/{n}/materials", number).file(new MockMultipartFile("file", "方案v2.pdf",
				"application/pdf", pdf())).param("material", "M02").with(as(CITIZEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/hall/my/{n}/submit", number).with(as(CITIZEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(store.find(number).orElseThrow().clock().runs()).hasSize(2);
		mvc.perform(post("/console/applications/{n}/notice", number).param("reason_M01", "再补一次")
			.with(as("clerk")).with(csrf())).andExpect(status().isBadRequest());

		// accepted: the receipt names the number, approval starts at the handler's step
		mvc.perform(post("/console/applications/{n}/accept", number).with(as("clerk")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(text(mvc.perform(get("/hall/my/{n}/documents/receipt", number).with(as(CITIZEN))).andReturn()))
			.contains(number, "受理通知书", "城市建筑垃圾处置核准");
		Application accepted = store.find(number).orElseThrow();
		assertThat(accepted.state()).isEqualTo(ApplicationState.IN_APPROVAL);
		assertThat(accepted.stepRole()).isEqualTo("UNIT_HANDLER");

		// the head cannot act on the handler's step; the handler approves, then the head
		mvc.perform(post("/console/applications/{n}/decide", number).param("step", "2").param("action", "APPROVE")
			.with(as("head")).with(csrf())).andExpect(status().isNotFound());
		decide(number, "handler", 2);
		decide(number, "head", 3);
		Application decided = store.find(number).orElseThrow();
		assertThat(decided.state()).isEqualTo(ApplicationState.DECIDED);
		assertThat(decided.resultNumber()).startsWith("GY-CGJ〔");
		assertThat(decided.clock().running()).isFalse();

		mvc.perform(post("/console/applications/{n}/deliver", number).param("method", "POST")
			.with(as("clerk")).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/console/applications/{n}/deliver", number).param("method", "POST")
			.param("address", "贵阳市南明区花果园大街1号").param("trackingNumber", "EMS1234567890")
			.with(as("clerk")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(store.find(number).orElseThrow().state()).isEqualTo(ApplicationState.COMPLETED);

		// a 差评 opens a rectification due in five working days, closed by head then supervisor
		mvc.perform(post("/hall/my/{n}/review", number).param("overall", "2").param("score_GUIDE_CLEAR", "4")
			.param("score_CONVENIENT", "2").param("score_ATTITUDE", "5").param("score_TIMELINESS", "3")
			.param("score_RESULT", "4").param("comment", "跑了两次才办完").with(as(CITIZEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		record Rect(long id, LocalDate openedOn, LocalDate dueOn) {
		}
		Rect rect = jdbc.sql("""
				select r.id, r.opened_on, r.due_on from applications.rectification r
				join applications.review v on v.id = r.review_id join applications.application a on a.id = v.application_id
				where a.number = ?""").param(number).query(Rect.class).single();
		assertThat(rect.dueOn()).isEqualTo(calendar.addWorkingDays(rect.openedOn(), 5));
		mvc.perform(post("/console/applications/rectifications/{id}", rect.id()).param("note", "已电话回访")
			.with(as("supervisor")).with(csrf())).andExpect(status().isBadRequest());
		advance(rect.id(), "head", "已电话回访，属实");
		advance(rect.id(), "head", "窗口增设材料预审");
		advance(rect.id(), "supervisor", "整改到位");
		assertThat(jdbc.sql("select state from applications.rectification where id = ?").param(rect.id())
			.query(String.class).single()).isEqualTo("CLOSED");
		mvc.perform(get("/api/hall/reviews")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("贵阳市城市管理局")));
		mvc.perform(post("/hall/my/{n}/review", number).param("overall", "5").with(as(CITIZEN)).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	private String startAndSubmit() throws Exception {
		MvcResult created = mvc.perform(post("/hall/apply/{c}", ITEM).param("kind", "PERSON").param("name", "王大妈")
			.param("idNumber", ID_NUMBER).param("mobile", CITIZEN).param("hall", String.valueOf(unitId("NM-HGY-ZX")))
			.param("fieldLabel", "申请事由").param("fieldValue", "自建房改造产生建筑垃圾约20吨")
			.with(as(CITIZEN)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String number = created.getResponse().getRedirectedUrl().replace("/hall/my/", "");
		for (String material : new String[] { "M01", "M02", "M03" }) {
			mvc.perform(multipart("/hall/my/{n}/materials", number)
				.file(new MockMultipartFile("file", material + ".pdf", "application/pdf", pdf())).param("material", material)
				.with(as(CITIZEN)).with(csrf())).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/hall/my/{n}/submit", number).with(as(CITIZEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return number;
	}

	private void decide(String number, String who, int step) throws Exception {
		mvc.perform(post("/console/applications/{n}/decide", number).param("step", String.valueOf(step))
			.param("action", "APPROVE").param("note", "同意").with(as(who)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private void advance(long id, String who, String note) throws Exception {
		mvc.perform(post("/console/applications/rectifications/{id}", id).param("note", note).with(as(who)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	static String text(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

}
