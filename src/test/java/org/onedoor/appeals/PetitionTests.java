package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PetitionTests extends DeskTestSupport {

	static final String ID = "11010519491231002X";

	@Test
	void aCitizenPetitionsOnlineWithRealNameAndId() throws Exception {
		MvcResult result = mvc.perform(post("/petitions/new").with(as(CITIZEN)).with(csrf())
				.param("petitionType", "CLAIM").param("citizenName", "张三").param("citizenIdNumber", ID)
				.param("title", "征地补偿未到位").param("content", "村里征地补偿款至今未发放。"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String number = (String) result.getFlashMap().get("registered");
		assertThat(column("channel", number)).isEqualTo("PETITION");
		assertThat(column("petition_type", number)).isEqualTo("CLAIM");
		assertThat(column("type", number)).isEqualTo("COMPLAINT");
		assertThat(column("citizen_mobile", number)).isEqualTo(CITIZEN);
		assertThat(jdbc.sql("select p.form from appeals.petition_intake p join appeals.appeal a on a.id = p.appeal_id "
				+ "where a.tracking_number = ?").param(TrackingNumber.parse(number).orElseThrow().value())
			.query(String.class).single()).isEqualTo("ONLINE");
	}

	@Test
	void aPetitionWithoutTypeOrIdIsRefusedWithEveryProblemAndNothingStored() throws Exception {
		long before = count("appeal");
		mvc.perform(post("/petitions/new").with(as(CITIZEN)).with(csrf())
				.param("citizenName", "张三").param("title", "征地补偿").param("content", "补偿款未发放。"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("信访件请选择类别")))
			.andExpect(content().string(containsString("信访须填写身份证号码")));
		mvc.perform(post("/petitions/new").with(as(CITIZEN)).with(csrf()).param("lang", "en")
				.param("citizenName", "张三").param("petitionType", "CLAIM").param("citizenIdNumber", "110105194912310021")
				.param("title", "征地补偿").param("content", "补偿款未发放。"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The ID card number is not valid")));
		assertThat(count("appeal")).isEqualTo(before);
	}

	@Test
	void thePetitionOfficeRegistersALetter() throws Exception {
		String mobile = freshMobile();
		MvcResult result = mvc.perform(post("/console/petitions/new").with(as("dispatcher")).with(csrf())
				.param("petitionForm", "LETTER").param("petitionType", "ACCUSATION").param("citizenName", "李四")
				.param("citizenMobile", mobile).param("citizenIdNumber", ID)
				.param("title", "举报违规收费").param("content", "某单位违规收取费用。"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String number = (String) result.getFlashMap().get("registered");
		assertThat(column("type", number)).isEqualTo("REPORT");
		assertThat(column("filed_by_account_id", number)).isEqualTo(Long.toString(accountId("dispatcher")));
		mvc.perform(get("/console/petitions/new").with(as("clerk"))).andExpect(status().isForbidden());
	}

	@Test
	void aReviewIsRequestedWithinThirtyDaysOfTheReplyAsALinkedPetition() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal original = petition(mobile);
		jdbc.sql("update appeals.appeal set status = 'CLOSED', reply = '经核查，补偿已按标准发放。', "
				+ "replied_at = now() - interval '10 days' where id = ?").param(original.id()).update();
		StatusShortcut.recordJump(jdbc, original.id());
		MockHttpSession session = track(original, mobile);
		mvc.perform(get("/track/" + original.trackingNumber().value()).session(session))
			.andExpect(content().string(containsString("申请复查")));
		mvc.perform(post("/track/" + original.trackingNumber().value() + "/review").session(session).with(csrf())
				.param("reason", "补偿标准计算有误。"))
			.andExpect(status().is3xxRedirection());
		var link = jdbc.sql("select kind || ':' || a.channel || ':' || a.petition_type from appeals.review_request r "
				+ "join appeals.appeal a on a.id = r.linked_appeal_id where r.original_appeal_id = ?")
			.param(original.id()).query(String.class).single();
		assertThat(link).isEqualTo("REVIEW:PETITION:CLAIM");
		long before = count("appeal");
		mvc.perform(post("/track/" + original.trackingNumber().value() + "/review").session(session).with(csrf())
				.param("reason", "再次申请。"))
			.andExpect(status().isBadRequest());
		assertThat(count("appeal")).isEqualTo(before);
	}

	@Test
	void noReviewAfterThirtyDays() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal original = petition(mobile);
		jdbc.sql("update appeals.appeal set status = 'CLOSED', reply = '已答复。', replied_at = now() - interval '31 days' "
				+ "where id = ?").param(original.id()).update();
		StatusShortcut.recordJump(jdbc, original.id());
		MockHttpSession session = track(original, mobile);
		mvc.perform(post("/track/" + original.trackingNumber().value() + "/review").session(session).with(csrf())
				.param("reason", "不服。"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("30日内")));
		assertThat(count("review_request where original_appeal_id = " + original.id())).isZero();
	}

	private RegisteredAppeal petition(String mobile) {
		return appeals.register(NewAppeal.on(Channel.PETITION, AppealType.COMPLAINT)
			.petition(PetitionType.CLAIM)
			.about("征地补偿", "征地补偿款未发放。")
			.citizen("王六", mobile, ID)
			.build(), Actor.citizen(null));
	}

	private MockHttpSession track(RegisteredAppeal appeal, String mobile) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/track").session(session).with(csrf()).with(fromNewAddress())
				.param("number", appeal.trackingNumber().display()).param("last4", mobile.substring(7)))
			.andExpect(status().is3xxRedirection());
		return session;
	}

}
