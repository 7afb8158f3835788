package org.onedoor.reliability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.onedoor.reliability.HostileRequests.Hostile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand malformed and hostile requests across the public endpoints: never a 5xx, nothing
 * stored, and every refusal says why (problem+json in Chinese and English on /api, GeoReport
 * errors with a description on Open311, a page or a redirect for people).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputTests {

	static final int REQUESTS = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Where a hostile request could leave a trace it must not leave. */
	private static final List<String> TABLES = List.of("appeals.appeal", "appeals.appeal_transition",
			"appeals.channel_submission", "appeals.open311_request", "identity.account", "identity.sms_challenge",
			"community.idea", "community.registration");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenThousandHostileRequestsGetClearRefusalsAndStoreNothing() throws Exception {
		Map<String, Long> before = counts();
		Map<Integer, Integer> statuses = new TreeMap<>();
		// every kind of failure with its first example, so one run shows them all
		Map<String, String> failures = new TreeMap<>();
		for (Hostile hostile : new HostileRequests(20261126L).make(REQUESTS)) {
			MockHttpServletResponse answer;
			try {
				answer = mvc.perform(hostile.request()).andReturn().getResponse();
			}
			catch (Exception ex) {
				// escaped every handler: the servlet container would answer 500
				failures.putIfAbsent(hostile.what().replaceFirst("^#\\d+ ", "") + " -> thrown", hostile.what() + ": " + ex);
				continue;
			}
			int status = answer.getStatus();
			statuses.merge(status, 1, Integer::sum);
			String kind = hostile.what().replaceFirst("^#\\d+ ", "") + " -> " + status;
			try {
				assertThat(status).as("server error").isLessThan(500);
				assertThat(status).as("accepted").isNotEqualTo(201);
				if (status >= 400) {
					assertClear(hostile, answer);
				}
			}
			catch (AssertionError ex) {
				failures.putIfAbsent(kind, hostile.what() + ": " + ex.getMessage().strip() + " / "
						+ abbreviate(answer.getContentAsString()));
			}
		}
		assertThat(failures).as("hostile requests answered wrongly (kind -> first example)").isEmpty();
		assertThat(counts()).as("rows stored by hostile requests").isEqualTo(before);
		assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
		System.out.println("Hostile requests by status: " + statuses);
	}

	private static void assertClear(Hostile hostile, MockHttpServletResponse answer) throws Exception {
		String uri = hostile.request().buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
		String body = answer.getContentAsString();
		if (uri.startsWith("/open311/") && !body.contains("\"messages\"")) {
			// GeoReport's own error format, or the platform's problem+json where no Open311 path matched
			assertThat(body).as(hostile.what()).contains("description");
		}
		else if (uri.startsWith("/api/")) {
			assertThat(answer.getContentType()).as(hostile.what() + ": " + body).startsWith("application/problem+json");
			JsonNode messages = JSON.readTree(body).get("messages");
			assertThat(messages).as(hostile.what() + ": " + body).isNotNull();
			assertThat(messages.get("zh-CN").stringValue()).as(hostile.what()).isNotBlank();
			assertThat(messages.get("en").stringValue()).as(hostile.what()).isNotBlank();
		}
		else if (answer.getForwardedUrl() == null) {
			// a forward (the access-denied page) is rendered by the container, not by MockMvc
			assertThat(body).as(hostile.what() + " answered " + answer.getStatus() + " with no explanation").isNotBlank();
		}
	}

	private static String abbreviate(String body) {
		return body.length() <= 300 ? body : body.substring(0, 300) + "…";
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

}
