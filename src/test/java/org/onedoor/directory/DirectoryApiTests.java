package org.onedoor.directory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public JSON API, called without signing in. */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void searchesDivisionsByNameAndByCodePrefixPaged() throws Exception {
		mvc.perform(get("/api/divisions").param("q", "南明"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").value("520102000000"))
			.andExpect(jsonPath("$.items[0].fullName").value("贵州省贵阳市南明区"))
			.andExpect(jsonPath("$.items[0].level").value("COUNTY"));
		mvc.perform(get("/api/divisions").param("q", "5201").param("level", "county").param("size", "5").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(10))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.items[*].code", everyItem(startsWith("5201"))));
	}

	@Test
	void oneDivisionComesWithItsAncestorsAndChildren() throws Exception {
		mvc.perform(get("/api/divisions/520102031000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("花果园街道"))
			.andExpect(jsonPath("$.ancestors[*].name").value(org.hamcrest.Matchers.contains("贵州省", "贵阳市", "南明区")));
		mvc.perform(get("/api/divisions/520123000000/children"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(12))
			.andExpect(jsonPath("$[*].name", hasItem("六广镇")));
	}

	@Test
	void badCodesAreA400NamingTheParameter() throws Exception {
		for (String bad : new String[] { "5201", "52010200000x", "5201020000000" }) {
			mvc.perform(get("/api/divisions/{code}", bad))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.parameter").value("code"))
				.andExpect(jsonPath("$.messages['zh-CN']").value(containsString("12位数字")))
				.andExpect(jsonPath("$.messages.en").value(containsString("12 digits")));
		}
		mvc.perform(get("/api/units").param("division", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("division"));
		mvc.perform(get("/api/divisions").param("level", "STREET"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("level"));
		mvc.perform(get("/api/divisions").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("size"));
		mvc.perform(get("/api/units/{id}", "abc")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("id"));
	}

	@Test
	void unknownDivisionsAndUnitsAreA404() throws Exception {
		mvc.perform(get("/api/divisions/529999000000"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.messages['zh-CN']").value(containsString("529999000000")));
		mvc.perform(get("/api/divisions/529999000000/children")).andExpect(status().isNotFound());
		mvc.perform(get("/api/units").param("division", "529999000000")).andExpect(status().isNotFound());
		mvc.perform(get("/api/units/{id}", 987654321)).andExpect(status().isNotFound());
	}

	@Test
	void unitsAreListedByDivisionAndName() throws Exception {
		mvc.perform(get("/api/units").param("division", "520100000000").param("q", "城市管理"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("GY-CGJ")))
			.andExpect(jsonPath("$[*].code", hasItem("NM-CGJ")));
		mvc.perform(get("/api/units").param("division", "520123000000").param("kind", "TOWNSHIP_SERVICE_CENTRE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(12));
	}

}
