package org.onedoor.identity;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccessRulesTests extends IdentityTestSupport {

	@Test
	void anApiCallWithoutSignInIsA401ProblemInBothLanguages() throws Exception {
		mvc.perform(get("/api/identity/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("请先登录"))
			.andExpect(jsonPath("$.instance").value("/api/identity/me"))
			.andExpect(jsonPath("$.messages['zh-CN']").value("请先登录后再访问。"))
			.andExpect(jsonPath("$.messages.en").value("Please sign in first."));
	}

	@Test
	void aForbiddenApiCallIsA403Problem() throws Exception {
		mvc.perform(get("/api/identity/accounts/{id}", accountId("admin")).with(as("13800000001")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages.en").value(containsString("not allowed")));
		mvc.perform(get("/api/identity/accounts/{id}", accountId("admin")).with(as("operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("系统管理员"));
	}

	@Test
	void theSignedInAccountDescribesItself() throws Exception {
		mvc.perform(get("/api/identity/me").with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("SUPERVISOR"))
			.andExpect(jsonPath("$.unitId").value(unitId("GY-XFJ")))
			.andExpect(jsonPath("$.divisionCode").value("520100000000"));
	}

	@Test
	void pagesSendStrangersToTheSignInPage() throws Exception {
		mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theConsoleNeedsAStaffAccount() throws Exception {
		mvc.perform(get("/console").with(as("13800000001")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(IdentityEndpoints.DENIED_PATH));
		mvc.perform(get(IdentityEndpoints.DENIED_PATH).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您没有权限查看这个页面")));
		mvc.perform(get("/console").with(as("handler"))).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(roles = "CITIZEN")
	void aMockCitizenIsNotStaffEither() throws Exception {
		mvc.perform(get("/console/accounts")).andExpect(status().isForbidden());
	}

	@Test
	void formPostsNeedTheCsrfToken() throws Exception {
		mvc.perform(post("/account/password").with(as("agent")).param("current", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/register").param("mobile", "13912345678")).andExpect(status().isForbidden());
		mvc.perform(post("/register").param("mobile", "139").with(csrf()).with(fromNewAddress()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void pagesCarrySecureHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
