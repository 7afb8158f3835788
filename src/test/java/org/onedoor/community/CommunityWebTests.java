package org.onedoor.community;

import java.io.StringReader;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CommunityWebTests extends CommunityTestSupport {

	@Autowired
	ObjectMapper json;

	long activityNamed(String title) {
		return jdbc.sql("select id from community.activity where title = ?").param(title).query(Long.class).single();
	}

	@Test
	void icsImportsBackIntoACalendar() throws Exception {
		long id = activityNamed("长辈智能手机课堂（第一期）");
		String body = mvc.perform(get("/community/activities/" + id + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<ICalendar> calendars = Biweekly.parse(new StringReader(body)).all();
		assertThat(calendars).hasSize(1);
		VEvent event = calendars.get(0).getEvents().get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("长辈智能手机课堂（第一期）");
		assertThat(event.getLocation().getValue()).isEqualTo("纪念塔社区党群服务中心二楼");
		Activity activity = new ActivityLookup(jdbc).find(id);
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(activity.startsAt());
		assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(activity.endsAt());
		assertThat(event.getUid().getValue()).isEqualTo("activity-" + id + "@onedoor");
		mvc.perform(get("/community/activities/999999.ics")).andExpect(status().isNotFound());
	}

	@Test
	void summaryListsEveryCommunityWithItsCounts() throws Exception {
		String body = mvc.perform(get("/api/community/summary"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/json")))
			.andReturn().getResponse().getContentAsString();
		JsonNode communities = json.readTree(body).get("communities");
		assertThat(communities.size()).isGreaterThanOrEqualTo(3);
		JsonNode jinianta = null;
		for (JsonNode c : communities) {
			assertThat(c.has("teams") && c.has("members") && c.has("activities") && c.has("ideas") && c.has("volunteerHours")).isTrue();
			if (c.get("code").asText().equals("jinianta")) {
				jinianta = c;
			}
		}
		assertThat(jinianta).isNotNull();
		String shusheng = jdbc.sql("select division_code from community.community where code = 'shusheng-guli'").query(String.class).single();
		assertThat(shusheng).startsWith("330602");
		assertThat(jdbc.sql("select count(*) from directory.division where code = ?").param(shusheng).query(Long.class).single())
			.as("书圣故里 is tied to a real division of 越城区").isEqualTo(1);
		assertThat(jinianta.get("name").asText()).isEqualTo("纪念塔社区");
		assertThat(jinianta.get("divisionCode").asText()).isEqualTo("520102016001");
		assertThat(jinianta.get("teams").asLong()).isEqualTo(6);
		assertThat(jinianta.get("ideas").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(jinianta.get("volunteerHours").decimalValue()).isGreaterThan(java.math.BigDecimal.ZERO);
	}

	@Test
	void publicPagesOpenWithoutSignIn() throws Exception {
		mvc.perform(get("/community")).andExpect(status().isOk()).andExpect(content().string(containsString("书圣故里社区")));
		mvc.perform(get("/community/c/shusheng-guli")).andExpect(status().isOk())
			.andExpect(content().string(containsString("退休职工守望队")));
		long federation = jdbc.sql("select min(id) from community.federation").query(Long.class).single();
		mvc.perform(get("/community/federations/" + federation)).andExpect(status().isOk())
			.andExpect(content().string(containsString("南明区乐龄居家养老服务中心")));
		long team = jdbc.sql("select id from community.team where name = '墨香书法队'").query(Long.class).single();
		mvc.perform(get("/community/teams/" + team)).andExpect(status().isOk());
		long idea = jdbc.sql("select id from community.idea where title = '老楼楼道加装扶手'").query(Long.class).single();
		mvc.perform(get("/community/ideas/" + idea)).andExpect(status().isOk());
		long past = activityNamed("书法进台门：义写春联");
		mvc.perform(get("/community/activities/" + past)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/photos/")));
		mvc.perform(get("/community/my")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/console/community")).andExpect(status().is3xxRedirection());
	}

	@Test
	void residentProposesAnIdeaThroughTheFormAndRegistersForAnActivity() throws Exception {
		mvc.perform(get("/community/c/jinianta/ideas/new").with(as(CITIZEN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"idea-form\"")))
			.andExpect(content().string(containsString("name=\"title\"")))
			.andExpect(content().string(containsString("name=\"description\"")));
		mvc.perform(post("/community/c/jinianta/ideas").with(as(CITIZEN)).with(csrf())
			.param("title", "").param("description", "说明"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写此项")));
		mvc.perform(post("/community/c/jinianta/ideas").with(as(CITIZEN)).with(csrf())
			.param("title", "快递柜加装遮雨棚").param("description", "下雨天取快递会淋湿。"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from community.idea where title = '快递柜加装遮雨棚'").query(Long.class).single()).isEqualTo(1);

		long activity = activityNamed("便民维修日");
		jdbc.sql("update community.registration set status = 'CANCELLED' where activity_id = ? and account_id = ?")
			.params(activity, accountId(CITIZEN)).update();
		mvc.perform(get("/community/activities/" + activity).with(as(CITIZEN)))
			.andExpect(content().string(containsString("id=\"register-activity\"")));
		mvc.perform(post("/community/activities/" + activity + "/register").with(as(CITIZEN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/community/activities/" + activity).with(as(CITIZEN)))
			.andExpect(content().string(containsString("id=\"cancel-registration\"")));
	}

	@Test
	void organiserDeskShowsOverdueIdeasVisitsAndTheCheckInCode() throws Exception {
		mvc.perform(get("/console/community").with(as("organiser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"visit-alerts\"")))
			.andExpect(content().string(containsString("老楼楼道加装扶手")));
		long activity = activityNamed("长辈智能手机课堂（第一期）");
		mvc.perform(get("/console/community/activities/" + activity).with(as("organiser")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"checkin-qr\"")))
			.andExpect(content().string(containsString("/community/checkin?activity=" + activity)));
		mvc.perform(get("/console/community").with(as("clerk"))).andExpect(status().isForbidden());
	}

	@Test
	void summaryAndCalendarAreOpenButTakingPartNeedsSignIn() throws Exception {
		long activity = activityNamed("便民维修日");
		mvc.perform(post("/community/activities/" + activity + "/register").with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void signedInPagesRender() throws Exception {
		mvc.perform(get("/community/my").with(as(CITIZEN))).andExpect(status().isOk())
			.andExpect(content().string(containsString("长辈智能手机课堂")));
		mvc.perform(get("/community/my").with(as("volunteer"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("兑换乐龄中心上门助浴服务一次")));
		mvc.perform(get("/console/community/elders").with(as("organiser"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("赵淑芬")));
		mvc.perform(get("/console/community/elders").with(as("volunteer"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("赵淑芬"))));
		mvc.perform(get("/console/community").with(as("volunteer"))).andExpect(status().isOk());
		long team = jdbc.sql("select id from community.team where name = '纪念塔广场舞队'").query(Long.class).single();
		mvc.perform(get("/community/teams/" + team).with(as("organiser"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("杨代办")));
		long past = activityNamed("爱心义剪进楼栋");
		mvc.perform(get("/console/community/activities/" + past).with(as("organiser"))).andExpect(status().isOk());
		mvc.perform(get("/community/activities/" + past).with(as("volunteer"))).andExpect(status().isOk());
		mvc.perform(get("/community/activities/" + past).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Report")));
	}

	@Test
	void qrCheckInWorksOnlyWithAGenuineToken() throws Exception {
		long activity = activityNamed("便民维修日");
		String key = jdbc.sql("select checkin_key from community.activity where id = ?").param(activity).query(String.class).single();
		String token = CheckInTokens.sign(activity, java.time.Instant.now().plusSeconds(3600), key);
		long handler = accountId("handler");
		mvc.perform(get("/community/checkin").param("activity", Long.toString(activity)).param("token", token).with(as("handler")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"check-in\"")));
		mvc.perform(post("/community/checkin").param("activity", Long.toString(activity)).param("token", token + "x")
			.with(as("handler")).with(csrf())).andExpect(status().isOk());
		assertThat(checkedIn(activity, handler)).isFalse();
		mvc.perform(post("/community/checkin").param("activity", Long.toString(activity)).param("token", token)
			.with(as("handler")).with(csrf())).andExpect(status().isOk());
		assertThat(checkedIn(activity, handler)).isTrue();
	}

	boolean checkedIn(long activity, long account) {
		return jdbc.sql("select checked_in_at is not null from community.registration where activity_id = ? and account_id = ? and status = 'CONFIRMED'")
			.params(activity, account).query(Boolean.class).single();
	}

	/** Reads an activity as the application does, for comparing times. */
	record ActivityLookup(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		Activity find(long id) {
			return jdbc.sql(Activities.SELECT + " where a.id = ?").param(id).query(Activity.class).single();
		}
	}

}
