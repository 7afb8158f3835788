package org.onedoor.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class PageShellTests {

	@Autowired
	MockMvc mvc;

	@Test
	void homePageIsChineseFirst() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("进一扇门办全部事")))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
	}

	@Test
	void englishIsOneSwitchAway() throws Exception {
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One door for every service")))
			.andExpect(cookie().exists("onedoor-lang"));
	}

	@Test
	void elderModeIsRememberedAndOnlyRedirectsLocally() throws Exception {
		mvc.perform(post("/preferences/elder").param("on", "true").param("back", "https://evil.example").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(cookie().value("onedoor-elder", "on"));
		mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("onedoor-elder", "on")))
			.andExpect(content().string(containsString("class=\"portal elder\"")));
	}

	@Test
	void anErrorPageKeepsTheShellButDoesNotRepeatItsPath() throws Exception {
		mvc.perform(get("/hall/items/520000-NO-SUCH-ITEM").accept(MediaType.TEXT_HTML)
				.cookie(new jakarta.servlet.http.Cookie("onedoor-elder", "on")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("class=\"portal elder\"")))
			.andExpect(content().string(containsString("href=\"/hall\"")))
			.andExpect(content().string(containsString("href=\"/?lang=en\"")))
			.andExpect(content().string(not(containsString("value=\"/hall/items/520000-NO-SUCH-ITEM"))))
			.andExpect(content().string(not(containsString("href=\"/hall/items/520000-NO-SUCH-ITEM"))));
	}

	@Test
	void aPageShowsTheMenusOfItsViewerAndSwitchesLanguageInPlace() throws Exception {
		mvc.perform(get("/track"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/track\" class=\"active\"")))
			.andExpect(content().string(containsString("href=\"/track?lang=en\"")))
			.andExpect(content().string(not(containsString("href=\"/console/hotline\""))));
	}

	@Test
	@WithMockUser
	void unknownPageIsAFriendly404() throws Exception {
		mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("找不到页面")));
	}

	@Test
	@WithMockUser
	void unknownApiPathIsProblemJson() throws Exception {
		mvc.perform(get("/api/no-such-thing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages.en").value(containsString("does not exist")));
	}

	@Test
	void healthIsUpAndMetricsAreExposed() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

}
