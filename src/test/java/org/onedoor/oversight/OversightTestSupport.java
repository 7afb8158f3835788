package org.onedoor.oversight;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.onedoor.directory.Directory;
import org.onedoor.identity.SmsGateway;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one context oversight's tests share: demo units and accounts, the scheduled sweep left to
 * the tests (they call it with explicit instants on real calendar dates), texts kept in a list.
 */
@SpringBootTest(properties = { "onedoor.oversight.sweep-every=PT24H", "onedoor.oversight.sweep-delay=PT24H" })
@AutoConfigureMockMvc
@Import(OversightTestSupport.TestBeans.class)
abstract class OversightTestSupport {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StageClocks clocks;

	@Autowired
	WarningSweep sweep;

	@Autowired
	Directory directory;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	RecordingSms sms;

	@Autowired
	MovableClock clock;

	@TestConfiguration(proxyBeanMethods = false)
	static class TestBeans {

		@Bean
		@Primary
		RecordingSms recordingSms() {
			return new RecordingSms();
		}

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	static class RecordingSms implements SmsGateway {

		final List<String> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(String mobile, String text) {
			sent.add(mobile + ":" + text);
		}

	}

	/** The application's clock, moved by the tests to real calendar dates; real time until moved. */
	static class MovableClock extends java.time.Clock {

		private volatile Instant fixed;

		void moveTo(String localDateTime) {
			fixed = at(localDateTime);
		}

		@Override
		public ZoneId getZone() {
			return CHINA;
		}

		@Override
		public java.time.Clock withZone(ZoneId zone) {
			return java.time.Clock.fixed(instant(), zone);
		}

		@Override
		public Instant instant() {
			Instant now = fixed;
			return now == null ? Instant.now() : now;
		}

	}

	/** Runs the rest of the test as this demo account, as if signed in. */
	void signedInAs(String username) {
		var principal = users.loadUserByUsername(username);
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
					principal, null, principal.getAuthorities()));
	}

	@org.junit.jupiter.api.AfterEach
	void signOut() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
	}

	long unit(String code) {
		return directory.findUnitByCode(code).orElseThrow().id();
	}

	long account(String username) {
		return jdbc.sql("select id from identity.account where username = ?").param(username).query(Long.class).single();
	}

	List<String> notices(long appealId, String kind) {
		return recipients("appeal_id", appealId, kind);
	}

	/** Who was told, by notice kind, about an appeal ({@code appeal_id}) or an order ({@code order_id}). */
	List<String> recipients(String about, long id, String kind) {
		return jdbc.sql("""
				select a.username from oversight.notice n join identity.account a on a.id = n.account_id
				where n.%s = ? and n.kind = ? order by n.id""".formatted(about))
			.params(id, kind)
			.query(String.class)
			.list();
	}

	List<String> alertStates(long appealId) {
		return jdbc.sql("select round || ':' || percent || ':' || state from oversight.alert where appeal_id = ? order by round, percent")
			.param(appealId)
			.query(String.class)
			.list();
	}

	Instant due(long appealId, int percent) {
		return jdbc.sql("""
				select a.due_at from oversight.alert a join oversight.stage_clock c on c.appeal_id = a.appeal_id
				where a.appeal_id = ? and a.round = c.round and a.percent = ?""")
			.params(appealId, percent)
			.query(Instant.class)
			.single();
	}

}
