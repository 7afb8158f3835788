package org.onedoor.platform;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How failures reach people and machines: never a stack trace, always both languages. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ErrorAnswersTests.Failing.class)
@WithMockUser
class ErrorAnswersTests {

	@Autowired
	MockMvc mvc;

	@TestConfiguration
	@RestController
	static class Failing {

		@GetMapping({ "/api/test-failure", "/test-failure" })
		String fail(@RequestParam String kind) {
			if ("bad".equals(kind)) {
				throw new InvalidInputException("kind", "error.parameter.invalid", "kind");
			}
			if ("denied".equals(kind)) {
				throw new AccessDeniedException("no");
			}
			throw new IllegalStateException("database password is hunter2");
		}

	}

	@Test
	void anUnexpectedFailureIsA500ProblemWithAnIncidentNumberAndNoInternals() throws Exception {
		mvc.perform(get("/api/test-failure").param("kind", "boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages.zh-CN").value(containsString("事件编号")))
			.andExpect(jsonPath("$.messages.en").value(containsString("incident")))
			.andExpect(content().string(not(containsString("hunter2"))));
	}

	@Test
	void peopleSeeAFriendlyPage() throws Exception {
		mvc.perform(get("/test-failure").param("kind", "boom").accept(MediaType.TEXT_HTML))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("系统出错")))
			.andExpect(content().string(not(containsString("hunter2"))));
		mvc.perform(get("/test-failure").param("kind", "bad").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("参数“kind”的值不正确")))
			.andExpect(content().string(containsString("The value of parameter")));
	}

	@Test
	void badInputAndMissingParametersAre400NamingTheParameter() throws Exception {
		mvc.perform(get("/api/test-failure").param("kind", "bad"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("kind"));
		mvc.perform(get("/api/test-failure"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("kind"))
			.andExpect(jsonPath("$.messages.en").value("Parameter \"kind\" is missing."));
	}

	@Test
	void securityDecisionsStayWithSecurity() throws Exception {
		mvc.perform(get("/api/test-failure").param("kind", "denied"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
