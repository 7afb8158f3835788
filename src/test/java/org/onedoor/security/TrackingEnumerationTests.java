package org.onedoor.security;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.Actor;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;
import org.onedoor.appeals.TrackingNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 8 §5, "tracking numbers cannot be enumerated": for a citizen's ways to look an appeal
 * up, an existing number with the wrong last four digits of the mobile answers exactly like a
 * well-formed number (valid check symbol) that does not exist: same status, same headers that
 * matter, same body once the echoed number and the CSRF token are taken out. No timing is
 * asserted (that belongs in benchmarks, not in a unit test).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrackingEnumerationTests {

	private static final int N = 20;

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Appeals appeals;

	@Test
	void existingNumbersWithTheWrongMobileAnswerLikeNumbersThatDoNotExist() throws Exception {
		List<TrackingNumber> existing = new ArrayList<>();
		for (int i = 0; i < N; i++) {
			// not on the board and not confidential: the most a stranger could hope to find
			existing.add(appeals.register(NewAppeal.on(i % 2 == 0 ? Channel.HOTLINE : Channel.APP, AppealType.COMPLAINT)
				.about("枚举测试诉求", "小区路灯不亮，枚举测试。")
				.citizen("周枚举", "1390000" + String.format("%04d", 1000 + i), null)
				.build(), Actor.SYSTEM).trackingNumber());
		}
		List<TrackingNumber> unknown = new ArrayList<>();
		while (unknown.size() < N) {
			TrackingNumber candidate = TrackingNumber.next(YearMonth.now());
			if (appeals.find(candidate).isEmpty()) {
				unknown.add(candidate);
			}
		}

		Set<String> answers = new HashSet<>();
		for (TrackingNumber number : existing) {
			answers.add(answersFor(number, "0000"));
		}
		for (TrackingNumber number : unknown) {
			answers.add(answersFor(number, "0000"));
		}
		assertThat(answers).as("one answer for every number, existing or not").hasSize(1);
		assertThat(answers.iterator().next()).contains("page 404").contains("json 404").contains("detail 302 /track");
	}

	/** Every citizen-side look-up of the number, reduced to what could tell one number from another. */
	private String answersFor(TrackingNumber number, String lastFour) throws Exception {
		StringBuilder all = new StringBuilder();
		for (String shown : List.of(number.value(), number.display())) {
			all.append("page ").append(normalised(post("/track").with(csrf()).param("number", shown)
				.param("last4", lastFour), number)).append('\n');
			all.append("json ").append(normalised(get("/api/appeals/track").param("number", shown)
				.param("last4", lastFour), number)).append('\n');
		}
		MvcResult detail = mvc.perform(get("/track/" + number.value()).with(fromNewAddress())).andReturn();
		all.append("detail ").append(detail.getResponse().getStatus()).append(' ')
			.append(detail.getResponse().getRedirectedUrl()).append('\n');
		all.append("board ").append(normalised(get("/board/" + number.value()), number)).append('\n');
		return all.toString();
	}

	private String normalised(MockHttpServletRequestBuilder request, TrackingNumber number) throws Exception {
		MvcResult result = mvc.perform(request.with(fromNewAddress())).andReturn();
		String body = result.getResponse().getContentAsString()
			.replace(number.display(), "NUMBER")
			.replace(number.value(), "NUMBER")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"TOKEN\"")
			.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\" content=\"TOKEN\"");
		return result.getResponse().getStatus() + " " + result.getResponse().getContentType() + " " + body;
	}

	/** A fresh client address per look-up, so the rate limit (tested elsewhere) is not what answers. */
	private static RequestPostProcessor fromNewAddress() {
		int n = ADDRESSES.getAndIncrement();
		return request -> {
			request.setRemoteAddr("10.77." + (n / 250) + "." + (n % 250 + 1));
			return request;
		};
	}

}
