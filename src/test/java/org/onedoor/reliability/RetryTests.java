package org.onedoor.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A client that never heard the answer sends the same Open311 request again with the same
 * Idempotency-Key, sequentially or eight at once: one appeal, the same number and token every
 * time; the same key with another request is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void open311RetriesWithOneKeyMakeOneAppeal() throws Exception {
		long before = appeals();
		MockHttpServletResponse first = file("o311-retry-1", "观山湖区金阳南路井盖缺失");
		assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
		MockHttpServletResponse again = file("o311-retry-1", "观山湖区金阳南路井盖缺失");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(JSON.readTree(again.getContentAsString()).get(0).get("service_request_id"))
			.isEqualTo(JSON.readTree(first.getContentAsString()).get(0).get("service_request_id"));
		assertThat(JSON.readTree(again.getContentAsString()).get(0).get("token"))
			.isEqualTo(JSON.readTree(first.getContentAsString()).get(0).get("token"));
		assertThat(appeals()).isEqualTo(before + 1);

		MockHttpServletResponse other = file("o311-retry-1", "另一件事：乌当区新添大道积水");
		assertThat(other.getStatus()).isEqualTo(422);
		assertThat(other.getContentAsString()).contains("Idempotency-Key").contains("different appeal");
		assertThat(appeals()).isEqualTo(before + 1);
	}

	@Test
	void concurrentOpen311RetriesMakeOneAppeal() throws Exception {
		long before = appeals();
		int clients = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return file("o311-concurrent-1", "白云区艳山红路路灯不亮");
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			List<String> numbers = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get();
				statuses.add(response.getStatus());
				numbers.add(JSON.readTree(response.getContentAsString()).get(0).get("service_request_id").stringValue());
			}
			assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
			assertThat(numbers.stream().distinct()).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(appeals()).isEqualTo(before + 1);
	}

	private MockHttpServletResponse file(String key, String description) throws Exception {
		return mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Idempotency-Key", key)
			.param("api_key", HostileRequests.OPEN311_KEY)
			.param("service_code", "0102")
			.param("description", description)
			.param("address_string", "贵阳市")
			.param("first_name", "王")
			.param("phone", "13900002222")).andReturn().getResponse();
	}

	private long appeals() {
		return jdbc.sql("select count(*) from appeals.appeal").query(Long.class).single();
	}

}
