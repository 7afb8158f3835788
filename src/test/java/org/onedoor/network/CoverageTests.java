package org.onedoor.network;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Coverage on the demo network, which has Guizhou's shape. */
class CoverageTests extends NetworkTestSupport {

	@Test
	void guizhouHasItsRealShape() throws Exception {
		mvc.perform(get("/api/network/coverage").param("division", "52").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.code").value("520000000000"))
			.andExpect(jsonPath("$.name").value("贵州省"))
			.andExpect(jsonPath("$.townships").value(1510))
			.andExpect(jsonPath("$.townshipsCovered").value(1412))
			.andExpect(jsonPath("$.villages").value(17964))
			.andExpect(jsonPath("$.villagesCovered").value(12373))
			.andExpect(jsonPath("$.children.length()").value(9))
			.andExpect(jsonPath("$.children[0].name").value("贵阳市"));
	}

	@Test
	void aCountyAndItsTownships() throws Exception {
		mvc.perform(get("/api/network/coverage").param("division", "520123"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("贵州省贵阳市修文县"))
			.andExpect(jsonPath("$.townships").value(12))
			.andExpect(jsonPath("$.townshipsCovered").value(12))
			.andExpect(jsonPath("$.villages").value(126))
			.andExpect(jsonPath("$.villagesCovered").value(107))
			.andExpect(jsonPath("$.children.length()").value(12))
			.andExpect(jsonPath("$.children[0].name").value("龙场街道"))
			.andExpect(jsonPath("$.children[0].townships").value(1))
			.andExpect(jsonPath("$.children[0].villages").value(17))
			.andExpect(jsonPath("$.children[0].villagesCovered").value(15));
	}

	@Test
	void anyForm() throws Exception {
		mvc.perform(get("/api/network/coverage").param("division", "520000000000"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.townships").value(1510));
	}

	@Test
	void badOrUnknownDivisionsAreRefusedClearly() throws Exception {
		mvc.perform(get("/api/network/coverage").param("division", "5x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.messages.en").exists());
		mvc.perform(get("/api/network/coverage").param("division", "990000000000"))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePageShowsTheTableAndTheChart() throws Exception {
		mvc.perform(get("/console/network/coverage").param("division", "5201").with(clerk()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("coverage-chart")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("南明区")));
	}

}
