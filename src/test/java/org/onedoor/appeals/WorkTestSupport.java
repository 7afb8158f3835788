package org.onedoor.appeals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.shared.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The one context every appeal work test shares: demo data (units and accounts) on, a clock the
 * test sets to real calendar dates, a notifier that keeps what it was asked to send, and the
 * closing job left to the tests (they call it with explicit instants).
 */
@SpringBootTest(properties = "onedoor.appeals.close-unrated-every=PT24H")
@AutoConfigureMockMvc
@Import(WorkTestSupport.TestBeans.class)
abstract class WorkTestSupport {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Appeals appeals;

	@Autowired
	SettableClock clock;

	@Autowired
	RecordingNotifier notifier;

	@TestConfiguration(proxyBeanMethods = false)
	static class TestBeans {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

		@Bean
		RecordingNotifier recordingNotifier() {
			return new RecordingNotifier();
		}

	}

	/** Keeps what would be sent; can be told to fail like a broken SMS gateway. */
	static class RecordingNotifier implements AppealNotifier {

		final List<String> citizen = new ArrayList<>();

		final List<String> units = new ArrayList<>();

		volatile boolean failing;

		@Override
		public synchronized void toCitizen(String mobile, String text) {
			if (failing) {
				throw new IllegalStateException("SMS gateway down");
			}
			citizen.add(mobile + ":" + text);
		}

		@Override
		public synchronized void toUnit(long unitId, String text) {
			units.add(unitId + ":" + text);
		}

	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
	}

	RequestPostProcessor as(String login) {
		return user(accounts.loadUserByUsername(login));
	}

	/** A form post of a work action with the version the person saw. */
	MockHttpServletRequestBuilder action(long id, String path, String login) {
		return post("/console/appeals/" + id + "/" + path).with(as(login)).with(csrf())
			.param("version", String.valueOf(version(id)));
	}

	long register(NewAppeal appeal) {
		return appeals.register(appeal, Actor.SYSTEM).id();
	}

	static NewAppeal hotline(AppealType type) {
		return NewAppeal.on(Channel.HOTLINE, type)
			.about("小区门口占道经营", "南明区花果园小区门口每天晚上有流动摊贩占道经营，垃圾很多。")
			.citizen("张三", "13800005678", "11010519491231002X")
			.place("520102000000", "花果园小区东门")
			.build();
	}

	int version(long id) {
		return jdbc.sql("select version from appeals.appeal where id = ?").param(id).query(Integer.class).single();
	}

	String statusOf(long id) {
		return column(id, "status", String.class);
	}

	Instant instant(long id, String column) {
		java.sql.Timestamp value = column(id, column, java.sql.Timestamp.class);
		return value == null ? null : value.toInstant();
	}

	<T> T column(long id, String column, Class<T> type) {
		return jdbc.sql("select " + column + " from appeals.appeal where id = ?").param(id).query(type).optional()
			.orElse(null);
	}

	long unitId(String code) {
		return jdbc.sql("select id from directory.unit where code = ?").param(code).query(Long.class).single();
	}

	long accountId(String username) {
		return jdbc.sql("select id from identity.account where username = ?").param(username).query(Long.class).single();
	}

}
