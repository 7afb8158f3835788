package org.onedoor.identity;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RegistrationTests extends IdentityTestSupport {

	@Test
	void aCitizenRegistersWithTheCodeSentToTheirMobile() throws Exception {
		MockHttpSession session = new MockHttpSession();
		RequestPostProcessor address = fromNewAddress();
		mvc.perform(post("/register").param("mobile", "139-1234-0001").session(session).with(csrf()).with(address))
			.andExpect(redirectedUrl("/register/verify"));
		String code = sms.lastCodeFor("13912340001");
		assertThat(jdbc.sql("select count(*) from identity.sms_challenge where mobile = '13912340001' and code_hash like '{argon2}%'")
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/register/verify").session(session))
			.andExpect(content().string(containsString("139****0001")));
		mvc.perform(verify(session, code, "李四", "Guizhou#2026", "Guizhou#2026"))
			.andExpect(redirectedUrl("/login?registered"));
		long id = accountId("13912340001");
		assertThat(auditCount("identity.registered", Long.toString(id))).isEqualTo(1);
		mvc.perform(post("/login").param("username", "13912340001").param("password", "Guizhou#2026").with(csrf())
			.with(address)).andExpect(authenticated().withRoles("CITIZEN"));
	}

	@Test
	void aWrongCodeIsRefusedAndCountedUntilTheCodeIsUsedUp() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/register").param("mobile", "13912340002").session(session).with(csrf()).with(fromNewAddress()))
			.andExpect(redirectedUrl("/register/verify"));
		String right = sms.lastCodeFor("13912340002");
		String wrong = right.equals("000000") ? "111111" : "000000";
		mvc.perform(verify(session, wrong, "王五", "Guizhou#2026", "Guizhou#2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("验证码不正确")));
		for (int i = 1; i < SmsChallenges.MAX_ATTEMPTS; i++) {
			mvc.perform(verify(session, wrong, "王五", "Guizhou#2026", "Guizhou#2026")).andExpect(status().isBadRequest());
		}
		mvc.perform(verify(session, right, "王五", "Guizhou#2026", "Guizhou#2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("验证码输错次数太多")));
		assertThat(jdbc.sql("select count(*) from identity.account where mobile = '13912340002'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aWeakPasswordIsRefusedWithoutUsingUpTheCode() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/register").param("mobile", "13912340003").session(session).with(csrf()).with(fromNewAddress()))
			.andExpect(redirectedUrl("/register/verify"));
		String code = sms.lastCodeFor("13912340003");
		mvc.perform(verify(session, code, "赵六", "12345678", "12345678").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must not be only digits")));
		mvc.perform(verify(session, code, "赵六", "Zhao#Liu2026", "Zhao#Liu2026")).andExpect(redirectedUrl("/login?registered"));
	}

	@Test
	void codesCannotBeRequestedAgainAndAgain() throws Exception {
		RequestPostProcessor address = fromNewAddress();
		mvc.perform(post("/register").param("mobile", "13912340004").with(csrf()).with(address))
			.andExpect(redirectedUrl("/register/verify"));
		mvc.perform(post("/register").param("mobile", "13912340004").with(csrf()).with(address))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("验证码发送太频繁")));
	}

	@Test
	void aRegisteredNumberIsSentToSignIn() throws Exception {
		mvc.perform(post("/register").param("mobile", "13800000001").with(csrf()).with(fromNewAddress()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("这个手机号已经注册过了")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder verify(
			MockHttpSession session, String code, String name, String password, String confirmation) {
		return post("/register/verify").session(session)
			.param("code", code)
			.param("displayName", name)
			.param("password", password)
			.param("confirmation", confirmation)
			.with(csrf());
	}

}
