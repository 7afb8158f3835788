package org.onedoor.directory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's division tree and unit pages, with the markup the browser tests rely on. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "operator", authorities = { "ROLE_HOTLINE_OPERATOR", "STAFF" })
class DirectoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void treeStartsAtTheProvincesWithGuizhouOpen() throws Exception {
		mvc.perform(get("/console/divisions"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<li class=\"division\" data-code=\"110000000000\""),
					containsString("<li class=\"division\" data-code=\"520000000000\""),
					containsString("<li class=\"division\" data-code=\"520100000000\""),
					containsString("id=\"division-search\""), containsString("name=\"q\""),
					containsString("class=\"expand\""), containsString("hx-get=\"/console/divisions/520100000000/children\""),
					containsString("href=\"/console/divisions\""))));
	}

	@Test
	void childrenArriveAsListItemsForHtmx() throws Exception {
		mvc.perform(get("/console/divisions/520102000000/children"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-code=\"520102031000\""), containsString("花果园街道"),
					not(containsString("<html")))));
		mvc.perform(get("/console/divisions/520102031000/children"))
			.andExpect(content().string(allOf(containsString("data-code=\"520102031004\""),
					not(containsString("hx-get=\"/console/divisions/520102031004/children\"")))));
	}

	@Test
	void searchResultsLinkIntoTheDetailPages() throws Exception {
		mvc.perform(get("/console/divisions/search").param("q", "花果园"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/console/divisions/520102031000\""),
					containsString("贵州省贵阳市南明区花果园街道"))));
		mvc.perform(get("/console/divisions").param("q", "520123"))
			.andExpect(content().string(containsString("贵州省贵阳市修文县")));
		mvc.perform(get("/console/divisions/search").param("q", "没有这个地方"))
			.andExpect(content().string(containsString("没有找到")));
	}

	@Test
	void detailPageShowsAncestorsChildrenAndUnits() throws Exception {
		mvc.perform(get("/console/divisions/520102000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("贵州省贵阳市南明区"), containsString("南明区住房和城乡建设局"),
					containsString("花果园街道"), containsString("href=\"/console/divisions/520100000000\""))));
		mvc.perform(get("/console/divisions/52ab").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
		mvc.perform(get("/console/divisions/529999000000").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void unitDetailShowsDutiesAndTheSupervisionChain() throws Exception {
		mvc.perform(get("/console/units").param("q", "城市管理局"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GY-CGJ")));
		mvc.perform(get("/console/units").param("kind", "HOTLINE_CENTRE"))
			.andExpect(content().string(allOf(containsString("GY-12345"), not(containsString("GY-CGJ")))));
	}

	@Test
	@WithMockUser(username = "citizen", roles = "CITIZEN")
	void citizensDoNotSeeTheConsolePages() throws Exception {
		mvc.perform(get("/console/divisions")).andExpect(status().isForbidden());
		mvc.perform(get("/console/units")).andExpect(status().isForbidden());
	}

}
