package org.onedoor.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.api.ApiKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The database goes away under the app and comes back: while it is gone every answer is a 503
 * with Retry-After (problem+json in both languages for machines, a page for people); when it is
 * back the app recovers by itself, and what was acknowledged before is still there, once. Runs
 * against a private PostgreSQL on its own port that the test stops and starts, never the shared one.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:" + DatabaseOutageTests.PORT + "/postgres",
		"spring.datasource.username=postgres", "onedoor.demo=false", "spring.datasource.hikari.connection-timeout=1500",
		"spring.datasource.hikari.maximum-pool-size=4" })
@AutoConfigureMockMvc
class DatabaseOutageTests {

	static final int PORT = 15531;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path DATA = data();

	private static EmbeddedPostgres postgres = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiKeys keys;

	private String apiKey;

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
		FileSystemUtils.deleteRecursively(DATA);
	}

	@Test
	void answers503WhileTheDatabaseIsGoneAndRecoversWithNothingLost() throws Exception {
		apiKey = keys.issue("断库演练客户端", Channel.OPEN311, "reliability");
		MockHttpServletResponse first = file("retry-before-outage");
		String before = first.getContentAsString();
		assertThat(first.getStatus()).as(before).isEqualTo(201);
		String acknowledged = JSON.readTree(before).get(0).get("service_request_id").stringValue();

		postgres.close();
		try {
			MockHttpServletResponse api = file("retry-during-outage");
			assertThat(api.getStatus()).isEqualTo(503);
			assertThat(api.getHeader("Retry-After")).isEqualTo("10");
			assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			JsonNode problem = JSON.readTree(api.getContentAsString());
			assertThat(problem.get("messages").get("zh-CN").stringValue()).contains("再试");
			assertThat(problem.get("messages").get("en").stringValue()).contains("try again");

			MockHttpServletResponse track = mvc.perform(get("/api/appeals/track").param("number", acknowledged)
				.param("last4", "0000")).andReturn().getResponse();
			assertThat(track.getStatus()).isEqualTo(503);
			assertThat(track.getHeader("Retry-After")).isEqualTo("10");

			MockHttpServletResponse page = mvc.perform(get("/community").accept(MediaType.TEXT_HTML))
				.andReturn().getResponse();
			assertThat(page.getStatus()).isEqualTo(503);
			assertThat(page.getHeader("Retry-After")).isEqualTo("10");
			assertThat(page.getContentAsString()).contains("系统暂时不可用").contains("try again");
		}
		finally {
			postgres = start();
		}

		// no restart of the app: the pool finds the server again by itself
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
		MockHttpServletResponse retried = file("retry-during-outage");
		while (retried.getStatus() == 503 && Instant.now().isBefore(giveUp)) {
			Thread.sleep(500);
			retried = file("retry-during-outage");
		}
		assertThat(retried.getStatus()).isEqualTo(201);
		MockHttpServletResponse again = file("retry-during-outage");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");

		assertThat(count("select count(*) from appeals.appeal where tracking_number = ?", acknowledged)).isEqualTo(1);
		assertThat(count("""
				select count(*) from appeals.channel_submission s join appeals.appeal a on a.id = s.appeal_id
				where s.idempotency_key in ('retry-before-outage', 'retry-during-outage')""", null)).isEqualTo(2);
	}

	private MockHttpServletResponse file(String idempotencyKey) throws Exception {
		return mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Idempotency-Key", idempotencyKey)
			.param("api_key", apiKey)
			.param("service_code", "0102")
			.param("description", "云岩区中华北路路灯不亮（" + idempotencyKey + "）")
			.param("address_string", "贵阳市云岩区中华北路")
			.param("first_name", "王")
			.param("phone", "13900001111")).andReturn().getResponse();
	}

	private long count(String sql, String arg) {
		var statement = jdbc.sql(sql);
		return (arg == null ? statement : statement.param(arg)).query(Long.class).single();
	}

	private static Path data() {
		try {
			return Files.createTempDirectory("onedoor-outage-pg-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Same directory and port each time: a restart, not a new server. */
	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(DATA)
				.setCleanDataDirectory(false)
				.setPort(PORT)
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "Asia/Shanghai")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the private PostgreSQL on port " + PORT, ex);
		}
	}

}
