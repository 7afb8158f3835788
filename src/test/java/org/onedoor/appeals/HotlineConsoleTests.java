package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HotlineConsoleTests extends DeskTestSupport {

	@Test
	void anOperatorRegistersACallAsAHotlineAppeal() throws Exception {
		String mobile = freshMobile();
		MvcResult result = mvc.perform(post("/console/hotline").with(as("operator")).with(csrf())
				.param("citizenMobile", mobile).param("citizenName", "王五").param("type", "COMPLAINT")
				.param("title", "夜间施工噪音").param("content", "工地每晚十一点后仍在施工。")
				.param("categoryCode", "010101").param("divisionCode", "520102000000").param("urgency", "URGENT"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("registered"))
			.andReturn();
		String number = (String) result.getFlashMap().get("registered");
		assertThat(column("channel", number)).isEqualTo("HOTLINE");
		assertThat(column("urgency", number)).isEqualTo("URGENT");
		assertThat(column("citizen_mobile", number)).isEqualTo(mobile);
		assertThat(jdbc.sql("select t.actor || '/' || t.actor_account_id from appeals.appeal_transition t "
				+ "join appeals.appeal a on a.id = t.appeal_id where a.citizen_mobile = ?")
			.param(mobile).query(String.class).single()).isEqualTo("李话务/" + accountId("operator"));
	}

	@Test
	void aRefusedCallListsEveryProblemInBothLanguagesAndStoresNothing() throws Exception {
		long before = count("appeal");
		mvc.perform(post("/console/hotline").with(as("operator")).with(csrf())
				.param("citizenMobile", "12345").param("type", "COMPLAINT").param("title", "").param("content", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写标题")))
			.andExpect(content().string(containsString("手机号码应为11位数字")));
		mvc.perform(post("/console/hotline").with(as("operator")).with(csrf()).param("lang", "en")
				.param("citizenMobile", "12345").param("type", "NOT_A_TYPE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That choice is not valid")));
		mvc.perform(post("/console/hotline").with(as("operator")).with(csrf()).param("lang", "en")
				.param("citizenMobile", "12345").param("type", "COMPLAINT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please correct the following")));
		assertThat(count("appeal")).isEqualTo(before);
	}

	@Test
	void theCallersEarlierAppealsShowWithTheNameMasked() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal earlier = registered(Channel.HOTLINE, mobile);
		mvc.perform(get("/console/hotline/caller").with(as("operator")).param("citizenMobile", mobile))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(earlier.trackingNumber().display())))
			.andExpect(content().string(containsString("张*")))
			.andExpect(content().string(not(containsString("张三"))));
	}

	@Test
	void aConsultationAnsweredOnTheSpotIsClosedAndTheAnswerCounted() throws Exception {
		long answer = jdbc.sql("select id from appeals.kb_answer where title = '社保卡挂失与补换'").query(Long.class).single();
		int usesBefore = uses(answer);
		mvc.perform(get("/console/hotline/kb").with(as("operator")).param("kbQuery", "社保卡 补卡"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("社保卡挂失与补换")));
		String mobile = freshMobile();
		MvcResult result = mvc.perform(post("/console/hotline").with(as("operator")).with(csrf())
				.param("action", "spot").param("kbAnswerId", Long.toString(answer))
				.param("citizenMobile", mobile).param("citizenName", "李四").param("type", "CONSULTATION")
				.param("title", "社保卡丢了怎么办").param("content", "来电咨询社保卡丢失如何补办。"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String number = (String) result.getFlashMap().get("registered");
		assertThat(column("status", number)).isEqualTo("CLOSED");
		assertThat(column("reply", number)).contains("12333");
		assertThat(uses(answer)).isEqualTo(usesBefore + 1);
		assertThat(jdbc.sql("select string_agg(t.action, ',' order by t.id) from appeals.appeal_transition t "
				+ "join appeals.appeal a on a.id = t.appeal_id where a.citizen_mobile = ?")
			.param(mobile).query(String.class).single()).isEqualTo("REGISTER,ANSWER_ON_SPOT");
	}

	@Test
	void onlyAConsultationMayBeClosedOnTheSpot() throws Exception {
		long answer = jdbc.sql("select id from appeals.kb_answer order by id limit 1").query(Long.class).single();
		long before = count("appeal");
		int usesBefore = uses(answer);
		mvc.perform(post("/console/hotline").with(as("operator")).with(csrf())
				.param("action", "spot").param("kbAnswerId", Long.toString(answer))
				.param("citizenMobile", freshMobile()).param("citizenName", "李四").param("type", "COMPLAINT")
				.param("title", "投诉").param("content", "投诉内容。"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只有咨询类诉求可以当场答复办结")));
		assertThat(count("appeal")).isEqualTo(before);
		assertThat(uses(answer)).isEqualTo(usesBefore);
	}

	@Test
	void operatorsKeepTheKnowledgeBase() throws Exception {
		mvc.perform(post("/console/hotline/answers").with(as("operator")).with(csrf())
				.param("title", "犬只登记办理").param("keywords", "养犬 狗证").param("answer", "携带身份证和犬只免疫证明到辖区派出所办理。"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from appeals.kb_answer where title = '犬只登记办理'").query(Long.class).single();
		mvc.perform(post("/console/hotline/answers").with(as("operator")).with(csrf()).param("id", Long.toString(id))
				.param("title", "犬只登记办理").param("keywords", "养犬 狗证 犬证").param("answer", "到辖区派出所办理犬只登记。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/console/hotline/kb").with(as("operator")).param("kbQuery", "犬证"))
			.andExpect(content().string(containsString("到辖区派出所办理犬只登记。")));
		mvc.perform(post("/console/hotline/answers").with(as("operator")).with(csrf()).param("lang", "en")
				.param("title", "").param("answer", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please give a title")));
		mvc.perform(get("/console/hotline/answers").with(as("clerk"))).andExpect(status().isForbidden());
	}

	@Test
	void anOperatorRecordsARatingFromAFollowUpCall() throws Exception {
		RegisteredAppeal appeal = registered(Channel.HOTLINE, freshMobile());
		standReplied(appeal.id(), "已清运。");
		mvc.perform(post("/console/hotline/rating").with(as("operator")).with(csrf())
				.param("trackingNumber", appeal.trackingNumber().display()).param("rating", "FAIRLY_SATISFIED")
				.param("comment", "速度可以再快些"))
			.andExpect(status().is3xxRedirection());
		assertThat(column("rating", appeal.trackingNumber().value())).isEqualTo("FAIRLY_SATISFIED");
		assertThat(jdbc.sql("select via || ':' || comment from appeals.rating_note where appeal_id = ?")
			.param(appeal.id()).query(String.class).single()).isEqualTo("CALL:速度可以再快些");
	}

	private int uses(long answer) {
		return jdbc.sql("select use_count from appeals.kb_answer where id = ?").param(answer).query(Integer.class).single();
	}

}
