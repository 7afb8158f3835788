package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One matter, one ticket: automatic merging at intake, undoing it, answering and counting a group. */
@TestPropertySource(properties = "onedoor.appeals.duplicates.auto-merge=true")
class DuplicateMergeTests extends WorkTestSupport {

	@Autowired
	MergeAppeals merges;

	@Autowired
	DeskQueries desk;

	@Autowired
	RateAppeal rating;

	@Autowired
	WorkQueries work;

	private static NewAppeal mixer(String mobile, String content) {
		return NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("投诉丽发新城附近建搅拌站噪音扰民", content)
			.citizen("业主", mobile, null)
			.place("520102000000", "丽发新城小区")
			.build();
	}

	private static final String FIRST = "我是丽发新城小区的一名业主，同发投资有限公司在未经小区业主同意的情况下，在离小区不到百米的地方建搅拌站。"
			+ "每天的噪音输出有多严重！还有扬尘污染，请尽快关闭或搬迁该搅拌站！";

	private static final String AGAIN = "尊敬的领导，我是丽发新城小区的一名业主，再次投诉同发投资有限公司在未经小区业主同意的情况下，在离小区不到百米的地方建搅拌站。"
			+ "搅拌站的噪声、粉尘还是在严重影响小区居民的身心健康！请尽快关闭或搬迁该搅拌站！";

	@Test
	void aSureDuplicateJoinsTheGroupIsNotDispatchedAndEveryCitizenIsAnsweredAndCountedOnce() throws Exception {
		clock.set("2026-03-02T10:00:00");
		RegisteredAppeal first = appeals.register(mixer("13700000001", FIRST), Actor.SYSTEM);
		clock.set("2026-03-03T09:00:00");
		RegisteredAppeal again = appeals.register(mixer("13700000002", AGAIN), Actor.SYSTEM);

		assertThat(again.mergedInto()).isEqualTo(first.trackingNumber());
		assertThat(first.mergedInto()).isNull();
		assertThat(statusOf(again.id())).isEqualTo("MERGED");
		assertThat(column(again.id(), "merged_into_id", Long.class)).isEqualTo(first.id());
		assertThat(notifier.citizen).anyMatch(sms -> sms.startsWith("13700000002:")
				&& sms.contains(first.trackingNumber().display()) && sms.contains("合并"));
		// no second dispatch: the lifecycle refuses to accept a merged appeal
		mvc.perform(action(again.id(), "accept", "dispatcher")).andExpect(status().is4xxClientError());
		assertThat(statusOf(again.id())).isEqualTo("MERGED");

		mvc.perform(action(first.id(), "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		mvc.perform(action(first.id(), "dispatch", "dispatcher").param("leadUnit", "GY-CGJ"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(action(first.id(), "sign-for", "handler").param("responsibleAccountId",
				String.valueOf(accountId("handler"))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(action(first.id(), "reply", "handler").param("reply", "搅拌站已责令停产整改。"))
			.andExpect(status().is3xxRedirection());

		// the merged citizen is answered under their own number and may rate
		assertThat(column(again.id(), "reply", String.class)).isEqualTo("搅拌站已责令停产整改。");
		assertThat(notifier.citizen).anyMatch(sms -> sms.startsWith("13700000002:")
				&& sms.contains(again.trackingNumber().display()) && sms.contains("评价"));
		rating.rate(desk.byNumber(again.trackingNumber()).orElseThrow(), Rating.SATISFIED, null, Actor.citizen(null),
				false);
		assertThat(column(again.id(), "rating", String.class)).isEqualTo("SATISFIED");
		assertThat(statusOf(again.id())).isEqualTo("MERGED");

		// counting rule: the group is one matter in the unit's workload and in appeal_matter
		long unit = unitId("GY-CGJ");
		long groupInMatters = jdbc.sql("select count(*) from appeals.appeal_matter where id in (?, ?)")
			.params(first.id(), again.id())
			.query(Long.class)
			.single();
		assertThat(groupInMatters).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from appeals.appeal where lead_unit_id = ? and id in (?, ?)")
			.params(unit, first.id(), again.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMergeCanBeUndoneAndIsAudited() throws Exception {
		clock.set("2026-07-01T10:00:00");
		RegisteredAppeal first = appeals.register(mixer("13700000011", FIRST.replace("同发", "恒发")), Actor.SYSTEM);
		RegisteredAppeal again = appeals.register(mixer("13700000012", AGAIN.replace("同发", "恒发")), Actor.SYSTEM);
		assertThat(again.mergedInto()).isEqualTo(first.trackingNumber());

		merges.unmerge(again.id(), new Actor("调度员", null, null), "不同工地");

		assertThat(statusOf(again.id())).isEqualTo("REGISTERED");
		assertThat(column(again.id(), "merged_into_id", Long.class)).isNull();
		assertThat(jdbc.sql("select action from audit.entry where subject_id = ? order by id")
			.param(again.trackingNumber().value())
			.query(String.class)
			.list()).containsSubsequence("appeals.merged", "appeals.unmerged");
		assertThat(jdbc.sql("select decision from appeals.duplicate_candidate where appeal_id = ? and candidate_id = ?")
			.params(again.id(), first.id())
			.query(String.class)
			.single()).isEqualTo("SEPARATE");
		// once separate, it is accepted and dispatched on its own
		mvc.perform(action(again.id(), "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(again.id())).isEqualTo("ACCEPTED");
		assertThatThrownBy(() -> merges.unmerge(again.id(), Actor.SYSTEM, null))
			.isInstanceOfSatisfying(org.onedoor.shared.InvalidInputException.class,
				ex -> assertThat(ex.getMessage()).contains("appeals-intel.merge.notMerged"));
	}

	@Test
	void aPossibleDuplicateIsOnlySuggestedAndAPersonMergesIt() throws Exception {
		clock.set("2026-09-01T10:00:00");
		RegisteredAppeal road = appeals.register(NewAppeal.on(Channel.APP, AppealType.COMPLAINT)
			.about("投诉丽发新城小区附近违建搅拌站噪音扰民", "我是暮云街道丽发新城小区的业主，我要投诉开发商在小区附近违建大型搅拌站。"
					+ "该搅拌站的设备太吵了，每天轰隆隆的，严重影响我们的休息！请有关部门尽快处理！")
			.citizen("业主甲", "13700000021", null)
			.build(), Actor.SYSTEM);
		RegisteredAppeal other = appeals.register(NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("丽发新城小区附近的搅拌站噪声严重扰民", "领导您好！我是暮云街道丽发新城小区的业主，我投诉小区附近建的搅拌站，"
					+ "机器不分昼夜的运行，各种渣土车、沙石混杂的噪声严重影响了小区居民的身心健康！并且搅拌站的灰尘极大，根本不敢开窗！")
			.citizen("业主乙", "13700000022", null)
			.build(), Actor.SYSTEM);
		assertThat(other.mergedInto()).isNull();
		assertThat(jdbc.sql("select level from appeals.duplicate_candidate where appeal_id = ? and candidate_id = ?")
			.params(other.id(), road.id())
			.query(String.class)
			.single()).isEqualTo("MEDIUM");
		mvc.perform(get("/console/appeals/" + other.id() + "/duplicates").with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(road.trackingNumber().display())))
			.andExpect(content().string(containsString("相同词语")));
		mvc.perform(post("/console/appeals/" + other.id() + "/duplicates/merge").with(as("dispatcher")).with(csrf())
			.param("into", String.valueOf(road.id())))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(other.id())).isEqualTo("MERGED");
		assertThat(column(other.id(), "merged_into_id", Long.class)).isEqualTo(road.id());
		mvc.perform(post("/console/appeals/" + other.id() + "/duplicates/unmerge").with(as("dispatcher")).with(csrf())
			.param("reason", "另一处工地"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(other.id())).isEqualTo("REGISTERED");
		mvc.perform(get("/console/appeals/" + other.id() + "/duplicates").with(as("handler")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAppealPageLinksToItsDuplicatesForThoseWhoMayMerge() throws Exception {
		long id = appeals.register(mixer("13700000009", FIRST), Actor.SYSTEM).id();
		mvc.perform(get("/console/appeals/" + id).with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/console/appeals/" + id + "/duplicates")));
	}

	/** In this context because auto-merge is on here (the API tests run with it off). */
	@Test
	void theChannelApiAnswerNamesTheAppealASureDuplicateWasMergedInto() throws Exception {
		String first = """
				{"type":"COMPLAINT","title":"云岩区黔灵山路井盖破损多日无人修","content":"云岩区黔灵山路口的井盖破损塌陷已经一周，晚上行人和电动车很容易掉进去，请尽快修复井盖。",
				 "divisionCode":"520103000000","address":"黔灵山路口","citizenName":"王先生","citizenMobile":"13922223333"}""";
		String again = """
				{"type":"COMPLAINT","title":"黔灵山路井盖破损塌陷无人修","content":"云岩区黔灵山路口井盖破损塌陷一周了，电动车和行人晚上很容易掉进去，请尽快修复这个井盖。",
				 "divisionCode":"520103000000","address":"黔灵山路口","citizenName":"赵女士","citizenMobile":"13922224444"}""";
		String answer = mvc.perform(submit("wx-manhole-1", first))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mergedInto").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		String primary = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer).get("trackingNumber").stringValue();
		mvc.perform(submit("wx-manhole-2", again))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mergedInto").value(primary));
		// a retry of the merged submission answers the same
		mvc.perform(submit("wx-manhole-2", again))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mergedInto").value(primary));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit(String key, String body) {
		return post("/api/channel/v1/appeals").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.header("X-Api-Key", "onedoor-demo-wechat-key")
			.header("Idempotency-Key", key)
			.content(body);
	}

	@Test
	void twoDuplicatesRegisteredAtTheSameMomentSeeEachOther() throws Exception {
		clock.set("2026-05-11T10:00:00");
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			String text = "修文县龙场街道阳明大道的路灯坏了一个多月，晚上一片漆黑，行人摔倒好几次，请尽快维修路灯。";
			java.util.List<java.util.concurrent.Future<RegisteredAppeal>> both = new java.util.ArrayList<>();
			for (String mobile : new String[] { "13700000031", "13700000032" }) {
				both.add(pool.submit(() -> {
					start.await();
					return appeals.register(NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
						.about("阳明大道路灯坏了一个多月没人修", text)
						.citizen("居民", mobile, null)
						.place("520123000000", "龙场街道阳明大道")
						.build(), Actor.SYSTEM);
				}));
			}
			start.countDown();
			RegisteredAppeal a = both.get(0).get();
			RegisteredAppeal b = both.get(1).get();
			// whichever committed first is the primary; the other was merged into it
			assertThat(java.util.Arrays.asList(a.mergedInto(), b.mergedInto())).containsOnlyOnce((TrackingNumber) null)
				.containsAnyOf(a.trackingNumber(), b.trackingNumber());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
