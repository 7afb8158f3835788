package org.onedoor.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 热点问题: a matter many citizens raise this week is a topic, alerts once, and is answered to all of them. */
class HotTopicsTests extends WorkTestSupport {

	@Autowired
	HotTopics topics;

	private static final String[] VOICES = { "花溪湿地公园旁边的养猪场臭味太大，晚上根本没法开窗，请环保部门查处。",
			"养猪场臭味熏人，花溪湿地公园附近的居民天天闻臭味，请尽快处理养猪场。",
			"投诉花溪湿地公园旁养猪场排放臭味污染空气，孩子都咳嗽了。",
			"花溪湿地公园边上的养猪场臭气严重扰民，希望关停养猪场。",
			"反映花溪湿地公园附近养猪场臭味问题，已经持续一个月了。",
			"花溪湿地公园养猪场的臭味飘到小区，请环保局来查一查养猪场。" };

	private static NewAppeal pigFarm(String mobile, String content) {
		return NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("花溪湿地公园旁养猪场臭味扰民", content)
			.citizen("居民", mobile, null)
			.place("520111000000", "花溪湿地公园附近")
			.build();
	}

	@Test
	void aFastGrowingMatterIsRankedAlertedOnceDecidedAndAnsweredToEveryoneWhoRaisedIt() throws Exception {
		clock.set("2026-06-10T10:00:00");
		register(pigFarm(DeskTestSupport.freshMobile(), VOICES[0]));
		List<String> mobiles = new ArrayList<>();
		for (int i = 0; i < VOICES.length; i++) {
			clock.set("2026-06-1" + (5 + i % 3) + "T0" + (8 + i % 2) + ":1" + i + ":00");
			String mobile = DeskTestSupport.freshMobile();
			mobiles.add(mobile);
			register(pigFarm(mobile, VOICES[i]));
		}
		clock.set("2026-06-18T15:00:00");

		String page = mvc.perform(get("/console/hot-topics").with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("养猪场")))
			.andExpect(content().string(containsString("id=\"alerts\"")))
			.andReturn().getResponse().getContentAsString();
		HotTopicStore.Kept topic = topics.topics(HotTopicWindow.week(LocalDate.of(2026, 6, 18)), "5201")
			.stream().filter(t -> t.title().contains("养猪场")).findFirst().orElseThrow();
		assertThat(page).contains("/console/hot-topics/" + topic.id());
		assertThat(topic.citizens()).isEqualTo(6);
		assertThat(topic.previousCitizens()).isEqualTo(1);
		assertThat(topic.appeals()).isEqualTo(6);
		assertThat(topic.alert()).isTrue();
		assertThat(topic.place()).contains("花溪");
		// seen again: the alert stays raised, audited only the first time
		topics.topics(HotTopicWindow.week(LocalDate.of(2026, 6, 18)), "5201");
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'appeals.hot-topic.alert' and subject_id = ?")
			.param(String.valueOf(topic.id())).query(Integer.class).single()).isEqualTo(1);

		// a supervisor reads but does not decide; a response needs a decision first
		mvc.perform(post("/console/hot-topics/" + topic.id() + "/decision").with(as("supervisor")).with(csrf())
			.param("decision", "x").param("unitCode", "GY-CGJ").param("date", "2026-06-18"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/hot-topics/" + topic.id() + "/response").with(as("leader")).with(csrf())
			.param("response", "已责令养猪场停产整改。"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请先记录决策")));
		mvc.perform(post("/console/hot-topics/" + topic.id() + "/decision").with(as("leader")).with(csrf())
			.param("decision", "责令养猪场停产整改").param("unitCode", "NO-SUCH").param("date", "2026-06-18"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("NO-SUCH")));
		mvc.perform(post("/console/hot-topics/" + topic.id() + "/decision").with(as("leader")).with(csrf())
			.param("decision", "责令养猪场停产整改，一个月内搬迁").param("unitCode", "GY-CGJ").param("date", "2026-06-18"))
			.andExpect(status().is3xxRedirection());
		notifier.citizen.clear();
		mvc.perform(post("/console/hot-topics/" + topic.id() + "/response").with(as("leader")).with(csrf())
			.param("response", "市里已责令养猪场停产整改，一个月内搬迁，感谢您的反映。"))
			.andExpect(status().is3xxRedirection());

		for (String mobile : mobiles) {
			assertThat(notifier.citizen).anyMatch(sms -> sms.startsWith(mobile + ":") && sms.contains("一个月内搬迁"));
		}
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'appeals.hot-topic.responded' and subject_id = ?")
			.param(String.valueOf(topic.id())).query(Integer.class).single()).isEqualTo(1);
		long anyAppeal = topic.appealIds().get(topic.appealIds().size() - 1);
		String number = jdbc.sql("select tracking_number from appeals.appeal where id = ?").param(anyAppeal)
			.query(String.class).single();
		assertThat(topics.appeals(topic)).hasSize(7);
		mvc.perform(post("/console/hot-topics/" + topic.id() + "/response").with(as("leader")).with(csrf())
			.param("response", "again"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/console/hot-topics/" + topic.id()).with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一个月内搬迁")))
			.andExpect(content().string(not(containsString("id=\"response-form\""))));
		assertThat(jdbc.sql("select count(*) from appeals.hot_topic_notice where topic_id = ? and appeal_id = ?")
			.params(topic.id(), anyAppeal).query(Integer.class).single()).isEqualTo(1);
		assertThat(number).isNotBlank();
	}

	@Test
	void windowsAreCheckedAndOthersMayNotOpenThePage() throws Exception {
		mvc.perform(get("/console/hot-topics").param("window", "custom").param("from", "2026-06-10")
			.param("to", "2026-06-01").with(as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		mvc.perform(get("/console/hot-topics").param("window", "custom").param("from", "2026-01-01")
			.param("to", "2026-12-31").param("lang", "en").with(as("leader")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 92 days")));
		mvc.perform(get("/console/hot-topics").param("window", "month").with(as("supervisor"))).andExpect(status().isOk());
		mvc.perform(get("/console/hot-topics").with(as("operator"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/hot-topics/999999999").with(as("leader"))).andExpect(status().isNotFound());
	}

	@Test
	void theWeeklyJobKeepsAWeekOnceWhateverTheNumberOfNodes() {
		clock.set("2026-07-06T00:30:00");
		int first = topics.keepLastWeek(LocalDate.of(2026, 7, 6));
		assertThat(first).isGreaterThanOrEqualTo(0);
		assertThat(topics.keepLastWeek(LocalDate.of(2026, 7, 6))).isEqualTo(-1);
		assertThat(jdbc.sql("select count(*) from appeals.hot_topic_week where week_start = ?")
			.param(LocalDate.of(2026, 6, 29)).query(Integer.class).single()).isEqualTo(1);
	}

}
