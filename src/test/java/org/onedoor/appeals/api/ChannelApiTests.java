package org.onedoor.appeals.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The channel API: API keys, idempotency (also under concurrency), field errors, reading back. */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BODY = """
			{"type":"COMPLAINT","title":"小区门口垃圾三天没人清运","content":"南明区花果园R2区门口垃圾堆了三天，气味很大。",
			 "categoryCode":"0102","divisionCode":"520102031000","citizenName":"李女士","citizenMobile":"13911112222",
			 "latitude":26.5712,"longitude":106.6921}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChannelApiSubmissions submissions;

	@Autowired
	ApiKeys keys;

	@Test
	void sameIdempotencyKeyTwiceMakesOneAppeal() throws Exception {
		long before = count();
		String first = mvc.perform(submit("wx-msg-0001", BODY))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andReturn().getResponse().getContentAsString();
		String number = JSON.readTree(first).get("trackingNumber").stringValue();
		// the same message again, with the fields in another order and other spacing: the same appeal
		String reordered = """
				{ "latitude": 26.5712, "longitude": 106.6921, "citizenMobile": "13911112222", "citizenName": "李女士",
				  "divisionCode": "520102031000", "categoryCode": "0102", "type": "COMPLAINT",
				  "content": "南明区花果园R2区门口垃圾堆了三天，气味很大。", "title": "小区门口垃圾三天没人清运" }""";
		mvc.perform(submit("wx-msg-0001", reordered))
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.trackingNumber").value(number))
			.andExpect(jsonPath("$.replayed").value(true));
		assertThat(count()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select channel from appeals.appeal where tracking_number = ?").param(number)
			.query(String.class).single()).isEqualTo("WECHAT");
	}

	@Test
	void sameKeyWithADifferentBodyIsRefused() throws Exception {
		mvc.perform(submit("wx-msg-0002", BODY)).andExpect(status().isCreated());
		long before = count();
		mvc.perform(submit("wx-msg-0002", BODY.replace("三天", "五天")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("Idempotency-Key"))
			.andExpect(jsonPath("$.messages.zh-CN").value(org.hamcrest.Matchers.containsString("Idempotency-Key")))
			.andExpect(jsonPath("$.messages.en").value(org.hamcrest.Matchers.containsString("different appeal")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void concurrentRetriesWithTheSameKeyMakeOneAppeal() throws Exception {
		ApiClient client = keys.authenticate(DemoApiKeys.WECHAT_KEY).orElseThrow();
		NewAppeal appeal = NewAppeal.on(Channel.WECHAT, AppealType.SUGGESTION)
			.about("建议增加公交班次", "早高峰公交太挤，建议增加班次。")
			.citizen("赵先生", "13700001111", null)
			.build();
		long before = count();
		int threads = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<ChannelApiSubmissions.Submitted>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<ChannelApiSubmissions.Submitted> task = () -> {
					start.await();
					return submissions.submit(client, "wx-concurrent-1", appeal);
				};
				results.add(pool.submit(task));
			}
			start.countDown();
			List<ChannelApiSubmissions.Submitted> submitted = new ArrayList<>();
			for (Future<ChannelApiSubmissions.Submitted> result : results) {
				submitted.add(result.get());
			}
			assertThat(submitted.stream().map(s -> s.trackingNumber().value()).distinct()).hasSize(1);
			assertThat(submitted.stream().filter(s -> !s.replayed())).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void apiKeyIsRequiredAndRevokedKeysAreRefused() throws Exception {
		mvc.perform(post("/api/channel/v1/appeals").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "k1").content(BODY))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages.en").value(org.hamcrest.Matchers.containsString("X-Api-Key")));
		mvc.perform(get("/api/channel/v1/appeals/2611ABCDEFGHJ").header("X-Api-Key", "nonsense"))
			.andExpect(status().isUnauthorized());

		String key = keys.issue("测试省级平台", Channel.PROVINCE_PLATFORM, "test");
		mvc.perform(post("/api/channel/v1/appeals").contentType(MediaType.APPLICATION_JSON).header("X-Api-Key", key)
			.header("Idempotency-Key", "prov-1").content(BODY)).andExpect(status().isCreated());
		long id = jdbc.sql("select id from appeals.api_key where client_name = '测试省级平台'").query(Long.class).single();
		keys.revoke(id);
		long before = count();
		MockHttpServletRequestBuilder revoked = post("/api/channel/v1/appeals").contentType(MediaType.APPLICATION_JSON)
			.header("X-Api-Key", key).header("Idempotency-Key", "prov-2").content(BODY);
		mvc.perform(revoked).andExpect(status().isUnauthorized());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void idempotencyKeyIsRequired() throws Exception {
		mvc.perform(post("/api/channel/v1/appeals").contentType(MediaType.APPLICATION_JSON)
			.header("X-Api-Key", DemoApiKeys.WECHAT_KEY).content(BODY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("Idempotency-Key"));
		mvc.perform(submit("has space", BODY)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("Idempotency-Key"));
	}

	@Test
	void badJsonAndFieldsAre400NamingTheField() throws Exception {
		long before = count();
		mvc.perform(submit("bad-1", "{not json")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("body"));
		mvc.perform(submit("bad-2", "[1,2]")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("body"));
		mvc.perform(submit("bad-3", BODY.replace("\"citizenName\"", "\"citizen_name\""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("citizen_name"))
			.andExpect(jsonPath("$.messages.zh-CN").value(org.hamcrest.Matchers.containsString("citizen_name")));
		mvc.perform(submit("bad-4", BODY.replace("\"COMPLAINT\"", "\"PRAISE\""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("type"))
			.andExpect(jsonPath("$.messages.en").value(org.hamcrest.Matchers.containsString("COMPLAINT")));
		mvc.perform(submit("bad-5", BODY.replace("26.5712", "\"north\""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("latitude"));
		// every intake problem at once
		mvc.perform(submit("bad-6", """
				{"type":"CONSULTATION","title":"","content":"x","citizenMobile":"12345","categoryCode":"99"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title",
					"citizenName", "citizenMobile", "categoryCode")))
			.andExpect(jsonPath("$.errors[0].messages.zh-CN").isNotEmpty())
			.andExpect(jsonPath("$.errors[0].messages.en").isNotEmpty());
		assertThat(count()).isEqualTo(before);
		// a failed submission does not use up its key: the corrected message goes through
		mvc.perform(submit("bad-6", BODY)).andExpect(status().isCreated());
	}

	@Test
	void clientReadsItsAppealWithStatusAndPublicTimeline() throws Exception {
		String created = mvc.perform(submit("wx-read-1", BODY)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String number = JSON.readTree(created).get("trackingNumber").stringValue();
		String shown = mvc.perform(get("/api/channel/v1/appeals/" + number).header("X-Api-Key", DemoApiKeys.WECHAT_KEY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.statusLabel.zh-CN").value("已登记"))
			.andExpect(jsonPath("$.reply").isEmpty())
			.andExpect(jsonPath("$.timeline[0].status").value("REGISTERED"))
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).doesNotContain("13911112222", "李女士");
		// another client cannot read it
		mvc.perform(get("/api/channel/v1/appeals/" + number).header("X-Api-Key", DemoApiKeys.OPEN311_KEY))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void demoAppealWithReplyShowsReplyAndTimeline() throws Exception {
		// a closed demo appeal, linked to the demo WeChat client as if it had filed it
		long replied = jdbc.sql("select id from appeals.appeal where status = 'CLOSED' and reply is not null limit 1")
			.query(Long.class).single();
		ApiClient client = keys.authenticate(DemoApiKeys.WECHAT_KEY).orElseThrow();
		jdbc.sql("insert into appeals.channel_submission(api_key_id, idempotency_key, request_hash, appeal_id) values (?, 'link-demo', ?, ?)")
			.params(client.keyId(), "0".repeat(64), replied).update();
		String number = jdbc.sql("select tracking_number from appeals.appeal where id = ?").param(replied).query(String.class).single();
		JsonNode appeal = JSON.readTree(mvc.perform(get("/api/channel/v1/appeals/" + number)
			.header("X-Api-Key", DemoApiKeys.WECHAT_KEY)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(appeal.get("status").stringValue()).isEqualTo("CLOSED");
		assertThat(appeal.get("reply").get("text").stringValue()).isNotBlank();
		assertThat(appeal.get("timeline").findValuesAsString("action")).startsWith("REGISTER").contains("REPLY");
	}

	private MockHttpServletRequestBuilder submit(String idempotencyKey, String body) {
		return post("/api/channel/v1/appeals").contentType(MediaType.APPLICATION_JSON)
			.header("X-Api-Key", DemoApiKeys.WECHAT_KEY)
			.header("Idempotency-Key", idempotencyKey)
			.content(body);
	}

	private long count() {
		return jdbc.sql("select count(*) from appeals.appeal").query(Long.class).single();
	}

}
