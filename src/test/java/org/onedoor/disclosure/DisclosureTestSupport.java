package org.onedoor.disclosure;

import java.time.Instant;

import org.onedoor.appeals.Actor;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one context disclosure's tests share: demo data, a clock the tests set to real calendar
 * dates, the schedules left to the tests. Appeals are built through the appeals module's own
 * pages and facade, as people would, so the events and views are the real ones.
 */
@SpringBootTest(properties = { "onedoor.disclosure.refresh-every=PT24H", "onedoor.disclosure.catch-up-every=PT24H",
		"onedoor.disclosure.catch-up-delay=PT24H",
		"onedoor.oversight.sweep-every=PT24H", "onedoor.oversight.sweep-delay=PT24H",
		"onedoor.appeals.close-unrated-every=PT24H" })
@AutoConfigureMockMvc
@Import(DisclosureTestSupport.TestBeans.class)
abstract class DisclosureTestSupport {

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
	CellRefresher refresher;

	@Autowired
	PublishWeek publishWeek;

	@TestConfiguration(proxyBeanMethods = false)
	static class TestBeans {

		@Bean
		@Primary
		SettableClock disclosureTestClock() {
			return new SettableClock();
		}

	}

	static Instant at(String localDateTime) {
		return SettableClock.at(localDateTime);
	}

	RequestPostProcessor as(String login) {
		return user(accounts.loadUserByUsername(login));
	}

	/** Registers a hotline appeal at {@code when}. */
	long register(String when, String title) {
		clock.set(when);
		NewAppeal appeal = NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about(title, title + "，请有关部门尽快处理。")
			.citizen("李四", "13800007788", null)
			.place("520102000000", "花果园")
			.build();
		return appeals.register(appeal, Actor.SYSTEM).id();
	}

	/** One step on the appeal's console page, as {@code login}, at {@code when}; must succeed. */
	void step(long id, String path, String login, String when, String... params) throws Exception {
		clock.set(when);
		MockHttpServletRequestBuilder request = post("/console/appeals/" + id + "/" + path).with(as(login)).with(csrf())
			.param("version", String.valueOf(version(id)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	/** The citizen's rating, taken by a hotline operator on the follow-up call. */
	void rate(long id, String rating, String when) throws Exception {
		clock.set(when);
		String number = jdbc.sql("select tracking_number from appeals.appeal where id = ?").param(id)
			.query(String.class).single();
		mvc.perform(post("/track/" + number + "/rating").with(as("operator")).with(csrf()).param("rating", rating))
			.andExpect(status().is3xxRedirection());
	}

	int version(long id) {
		return jdbc.sql("select version from appeals.appeal where id = ?").param(id).query(Integer.class).single();
	}

	long accountId(String username) {
		return jdbc.sql("select id from identity.account where username = ?").param(username).query(Long.class).single();
	}

	long unitId(String code) {
		return jdbc.sql("select id from directory.unit where code = ?").param(code).query(Long.class).single();
	}

	/** Waits until disclosure's event listeners have finished (the events are handled after commit, asynchronously). */
	void settle() throws InterruptedException {
		Instant until = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(until)) {
			int open = jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like 'org.onedoor.disclosure.%'")
				.query(Integer.class).single();
			if (open == 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("event listeners did not finish");
	}

}
