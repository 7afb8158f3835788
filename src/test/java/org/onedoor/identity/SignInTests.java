package org.onedoor.identity;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTests extends IdentityTestSupport {

	@Test
	void theSignInPageIsChineseFirstAndWorksOnAPhone() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("手机号或用户名")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("width=device-width")));
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Mobile number or username")));
	}

	@Test
	void staffSignInWithTheirUsernameAndLandInTheConsole() throws Exception {
		long before = auditCount("identity.signin.succeeded", Long.toString(accountId("admin")));
		mvc.perform(signIn("Admin", DemoAccounts.PASSWORD, fromNewAddress()))
			.andExpect(redirectedUrl("/console"))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));
		assertThat(auditCount("identity.signin.succeeded", Long.toString(accountId("admin")))).isEqualTo(before + 1);
	}

	@Test
	void citizensSignInWithTheirMobileNumber() throws Exception {
		mvc.perform(signIn("138 0000 0001", DemoAccounts.PASSWORD, fromNewAddress()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withRoles("CITIZEN"));
	}

	@Test
	void aWrongPasswordIsRefusedWithOneMessageAndAudited() throws Exception {
		long before = auditCount("identity.signin.failed", null);
		mvc.perform(signIn("operator", "wrong-password", fromNewAddress()))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("账号或密码不正确")));
		assertThat(auditCount("identity.signin.failed", null)).isEqualTo(before + 1);
	}

	@Test
	void anAppGetsProblemJsonForAWrongPassword() throws Exception {
		mvc.perform(signIn("dispatcher", "wrong-password", fromNewAddress()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages['zh-CN']").value("账号或密码不正确。"))
			.andExpect(jsonPath("$.messages.en").value("Wrong account name or password."));
	}

	@Test
	void afterFiveFailuresTheAccountIsLockedEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn("head", "wrong-password-" + i, fromNewAddress())).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn("head", DemoAccounts.PASSWORD, fromNewAddress()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.messages['zh-CN']").value(containsString("登录失败次数太多，请15分钟后再试")))
			.andExpect(jsonPath("$.messages.en").value(containsString("try again in 15 minute")))
			.andExpect(unauthenticated());
		mvc.perform(signIn("HEAD", DemoAccounts.PASSWORD, fromNewAddress()))
			.andExpect(redirectedUrl("/login?locked=15"));
		mvc.perform(get("/login").param("locked", "15"))
			.andExpect(content().string(containsString("请15分钟后再试")));
		assertThat(auditCount("identity.signin.blocked", null)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void oneAddressTryingManyAccountsIsLockedOutToo() throws Exception {
		RequestPostProcessor attacker = fromNewAddress();
		for (int i = 0; i < 30; i++) {
			mvc.perform(signIn("nobody" + i, "wrong-password", attacker)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn("clerk", DemoAccounts.PASSWORD, attacker)).andExpect(redirectedUrl("/login?locked=15"));
		mvc.perform(signIn("clerk", DemoAccounts.PASSWORD, fromNewAddress())).andExpect(redirectedUrl("/console"));
	}

	@Test
	void aHashWithWeakerParametersIsReplacedAtSignIn() throws Exception {
		String weak = "{argon2}" + org.springframework.security.crypto.argon2.Argon2PasswordEncoder
			.defaultsForSpringSecurity_v5_2().encode("Legacy#Pass2026");
		jdbc.sql("""
				insert into identity.account(kind, username, display_name, password_hash, unit_id)
				values ('STAFF', 'legacy', '老账号', ?, ?) on conflict (username) do update set password_hash = excluded.password_hash""")
			.params(weak, unitId("GY-CGJ"))
			.update();
		mvc.perform(signIn("legacy", "Legacy#Pass2026", fromNewAddress())).andExpect(authenticated());
		String stored = jdbc.sql("select password_hash from identity.account where username = 'legacy'")
			.query(String.class).single();
		assertThat(stored).startsWith("{argon2}").isNotEqualTo(weak).contains("m=16384");
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", DemoAccounts.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void afterSigningInPeopleReturnToThePageTheyWanted() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(get("/console/audit").session(session)).andExpect(redirectedUrl("/login"));
		String before = session.getId();
		mvc.perform(signIn("supervisor", DemoAccounts.PASSWORD, fromNewAddress()).session(session).with(request -> {
			request.setRequestedSessionId(before);
			request.setRequestedSessionIdValid(true);
			return request;
		}))
			.andExpect(redirectedUrl("http://localhost/console/audit?continue"));
		assertThat(session.getId()).as("session id changes at sign-in").isNotEqualTo(before);
	}

	@Test
	void signingOutIsAPostAndIsAudited() throws Exception {
		long before = auditCount("identity.signout", Long.toString(accountId("volunteer")));
		mvc.perform(post("/logout").with(as("volunteer")).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		assertThat(auditCount("identity.signout", Long.toString(accountId("volunteer")))).isEqualTo(before + 1);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String login,
			String password, RequestPostProcessor address) {
		return post("/login").param("username", login).param("password", password).with(csrf()).with(address);
	}

}
