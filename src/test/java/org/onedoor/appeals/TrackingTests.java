package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TrackingTests extends DeskTestSupport {

	@Autowired
	FilterChainProxy securityFilters;

	@Test
	void theRightLastFourShowsThePublicTimelineWithoutStaffNames() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal appeal = registered(Channel.HOTLINE, mobile);
		jdbc.sql("insert into appeals.appeal_transition(appeal_id, action, from_status, to_status, actor, public) "
				+ "values (?, 'ACCEPT', 'REGISTERED', 'ACCEPTED', '内部人员钱七', false)").param(appeal.id()).update();
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/track").session(session).with(csrf()).with(fromNewAddress())
				.param("number", appeal.trackingNumber().display().toLowerCase()).param("last4", mobile.substring(7)))
			.andExpect(redirectedUrl("/track/" + appeal.trackingNumber().value()));
		mvc.perform(get("/track/" + appeal.trackingNumber().value()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("小区垃圾清运不及时")))
			.andExpect(content().string(containsString("已登记")))
			.andExpect(content().string(not(containsString("内部人员钱七"))))
			.andExpect(content().string(not(containsString("已受理"))));
	}

	@Test
	void aWrongLastFourIsTheSameNotFoundAsAnUnknownNumber() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal appeal = registered(Channel.HOTLINE, mobile);
		String wrong = mobile.substring(7).equals("0000") ? "1111" : "0000";
		String wrongAnswer = mvc.perform(post("/track").with(csrf()).with(fromNewAddress())
				.param("number", appeal.trackingNumber().value()).param("last4", wrong))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		String unknownAnswer = mvc.perform(post("/track").with(csrf()).with(fromNewAddress())
				.param("number", TrackingNumber.next(java.time.YearMonth.of(2026, 11)).value()).param("last4", wrong))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(wrongAnswer).contains("没有找到").doesNotContain(appeal.trackingNumber().display());
		assertThat(unknownAnswer).contains("没有找到");
		mvc.perform(get("/track/" + appeal.trackingNumber().value())).andExpect(redirectedUrl("/track"));
		mvc.perform(get("/api/appeals/track").with(fromNewAddress()).param("number", appeal.trackingNumber().value())
				.param("last4", wrong))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.messages.en").value(containsString("Not found")));
	}

	@Test
	void theJsonAnswerCarriesStatusTimelineAndNoPersonalData() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal appeal = registered(Channel.HOTLINE, mobile);
		mvc.perform(get("/api/appeals/track").with(fromNewAddress()).param("number", appeal.trackingNumber().display())
				.param("last4", mobile.substring(7)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REGISTERED"))
			.andExpect(jsonPath("$.statusLabel").value("已登记"))
			.andExpect(jsonPath("$.timeline[0].step").value("REGISTER"))
			.andExpect(content().string(not(containsString(mobile))))
			.andExpect(content().string(not(containsString("张三"))));
	}

	@Test
	void theJsonAnswerListsThePublicStepsInOrderWithTheirUnitsAndMakesNoSession() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal appeal = registered(Channel.HOTLINE, mobile);
		long unit = jdbc.sql("select id from directory.unit where code = 'GY-CGJ'").query(Long.class).single();
		String unitName = jdbc.sql("select name from directory.unit where id = ?").param(unit).query(String.class).single();
		jdbc.sql("""
				insert into appeals.appeal_transition(appeal_id, action, from_status, to_status, actor, unit_id, public)
				values (?, 'DISPATCH', 'REGISTERED', 'DISPATCHED', 'test', ?, true),
				       (?, 'INTERNAL_NOTE', 'DISPATCHED', 'DISPATCHED', 'test', ?, false)""")
			.params(appeal.id(), unit, appeal.id(), unit)
			.update();
		standReplied(appeal.id(), "已协调环卫公司每日清运。");
		MvcResult answer = mvc.perform(get("/api/appeals/track").with(fromNewAddress())
				.param("number", appeal.trackingNumber().value()).param("last4", mobile.substring(7)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trackingNumber").value(appeal.trackingNumber().display()))
			.andExpect(jsonPath("$.status").value("REPLIED"))
			.andExpect(jsonPath("$.reply").value("已协调环卫公司每日清运。"))
			.andExpect(jsonPath("$.timeline.length()").value(2))
			.andExpect(jsonPath("$.timeline[0].step").value("REGISTER"))
			.andExpect(jsonPath("$.timeline[0].unit").doesNotExist())
			.andExpect(jsonPath("$.timeline[1].step").value("DISPATCH"))
			.andExpect(jsonPath("$.timeline[1].unit").value(unitName))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andReturn();
		assertThat(answer.getRequest().getSession(false)).isNull();
		// the lean chain of sessionless look-ups: no session, CSRF, request cache or sign-in filters
		assertThat(securityFilters.getFilters("/api/appeals/track"))
			.noneMatch(f -> f instanceof CsrfFilter || f instanceof RequestCacheAwareFilter
					|| f instanceof UsernamePasswordAuthenticationFilter || f instanceof AnonymousAuthenticationFilter)
			.anyMatch(f -> f instanceof HeaderWriterFilter);
		assertThat(securityFilters.getFilters("/track")).anyMatch(f -> f instanceof CsrfFilter);
	}

	@Test
	void aCitizenRatesOnceAndNotTwice() throws Exception {
		String mobile = freshMobile();
		RegisteredAppeal appeal = registered(Channel.HOTLINE, mobile);
		standReplied(appeal.id(), "已协调环卫公司每日清运。");
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/track").session(session).with(csrf()).with(fromNewAddress())
				.param("number", appeal.trackingNumber().value()).param("last4", mobile.substring(7)));
		mvc.perform(get("/track/" + appeal.trackingNumber().value()).session(session))
			.andExpect(content().string(containsString("已协调环卫公司每日清运。")))
			.andExpect(content().string(containsString("您对办理结果满意吗")));
		String rating = "/track/" + appeal.trackingNumber().value() + "/rating";
		mvc.perform(post(rating).session(session).with(csrf()).param("rating", "DISSATISFIED").param("comment", "还是有异味"))
			.andExpect(status().is3xxRedirection());
		assertThat(column("status", appeal.trackingNumber().value())).isEqualTo("CLOSED");
		assertThat(column("rating", appeal.trackingNumber().value())).isEqualTo("DISSATISFIED");
		mvc.perform(post(rating).session(session).with(csrf()).param("rating", "SATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能执行")));
		assertThat(column("rating", appeal.trackingNumber().value())).isEqualTo("DISSATISFIED");
		assertThat(jdbc.sql("select count(*) from appeals.appeal_transition where appeal_id = ? and action = 'RATE'")
			.param(appeal.id()).query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void withoutTheTrackingSessionNobodyRates() throws Exception {
		RegisteredAppeal appeal = registered(Channel.HOTLINE, freshMobile());
		standReplied(appeal.id(), "已处理。");
		mvc.perform(post("/track/" + appeal.trackingNumber().value() + "/rating").with(csrf()).param("rating", "SATISFIED"))
			.andExpect(redirectedUrl("/track"));
		assertThat(column("status", appeal.trackingNumber().value())).isEqualTo("REPLIED");
	}

	@Test
	void lookUpsFromOneAddressAreLimitedAndTheFirstFiveStayOffTheSharedCount() throws Exception {
		RequestPostProcessor address = request -> {
			request.setRemoteAddr("10.99.0.1");
			return request;
		};
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/track").with(csrf()).with(address).param("number", "2611-0000-0000-0").param("last4", "1234"))
				.andExpect(status().isNotFound());
			assertThat(jdbc.sql("select count(*) from appeals.rate_bucket where id = 'track:10.99.0.1'")
				.query(Integer.class).single()).as("shared count after look-up %d", i + 1).isEqualTo(i < 5 ? 0 : 1);
		}
		mvc.perform(post("/track").with(csrf()).with(address).param("number", "2611-0000-0000-0").param("last4", "1234"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("查询太频繁")));
		mvc.perform(get("/api/appeals/track").with(address).param("number", "x").param("last4", "1234"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.messages.en").value(containsString("Too many look-ups")));
	}

	@Test
	void aSignedInCitizenSeesAllTheirAppeals() throws Exception {
		RegisteredAppeal byMobile = registered(Channel.HOTLINE, CITIZEN);
		mvc.perform(get("/my/appeals").with(as(CITIZEN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(byMobile.trackingNumber().display())));
		mvc.perform(get("/track/" + byMobile.trackingNumber().value()).with(as(CITIZEN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("小区垃圾清运不及时")));
	}

}
