package org.onedoor.catalogue;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public contract: the item list, one item as JSON and as CPSV-AP JSON-LD, 404 as problem+json. */
class CatalogueApiTests extends CatalogueTestSupport {

	@Test
	void listHasCodeNameUnitAndMaterialsOfEveryItem() throws Exception {
		mvc.perform(get("/api/catalogue/items").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(greaterThanOrEqualTo(4)))
			.andExpect(jsonPath("$.items[*].code").value(hasItem(LAWYER)))
			.andExpect(jsonPath("$.items[0].name").isString())
			.andExpect(jsonPath("$.items[0].unit").isString())
			.andExpect(jsonPath("$.items[0].materials").isArray())
			.andExpect(jsonPath("$.items[0].materials[0].name").isString());
	}

	@Test
	void listFiltersByUnitAndSearches() throws Exception {
		mvc.perform(get("/api/catalogue/items").param("unit", "GZ-SFT"))
			.andExpect(jsonPath("$.items[*].unitCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("GZ-SFT"))));
		mvc.perform(get("/api/catalogue/items").param("q", "lszy"))
			.andExpect(jsonPath("$.items[0].code").value(LAWYER));
	}

	@Test
	void itemAsPlainJson() throws Exception {
		mvc.perform(get("/api/catalogue/items/" + LAWYER))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.name").value("律师执业许可"))
			.andExpect(jsonPath("$.unit").value("贵州省司法厅"))
			.andExpect(jsonPath("$.statutoryDays").value(20))
			.andExpect(jsonPath("$.promisedDays").value(10))
			.andExpect(jsonPath("$.free").value(true))
			.andExpect(jsonPath("$.materials[0].legalBasis").value(startsWith("《律师执业管理办法》")))
			.andExpect(jsonPath("$.materials[0].blankForm").value(startsWith("http")))
			.andExpect(jsonPath("$.steps[0].role").value("WINDOW_CLERK"))
			.andExpect(jsonPath("$.flagged").value(false));
	}

	@Test
	void itemAsCpsvJsonLd() throws Exception {
		mvc.perform(get("/api/catalogue/items/" + LAWYER).accept("application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(jsonPath("$['@type']").value("PublicService"))
			.andExpect(jsonPath("$['@context'].PublicService").value("cpsv:PublicService"))
			.andExpect(jsonPath("$.hasInput[0]['@type']").value("Evidence"))
			.andExpect(jsonPath("$.hasInput.length()").value(5))
			.andExpect(jsonPath("$.follows[0]['@type']").value("Rule"))
			.andExpect(jsonPath("$.hasCost[0]['@type']").value("Cost"))
			.andExpect(jsonPath("$.hasChannel[0]['@type']").value("Channel"))
			.andExpect(jsonPath("$.processingTime").value("P10D"))
			.andExpect(jsonPath("$['@context'].onedoor").value(CpsvJsonLd.EXTENSION))
			.andExpect(jsonPath("$['onedoor:timeLimits']['onedoor:statutoryWorkingDays']").value(20))
			.andExpect(jsonPath("$['onedoor:timeLimits']['onedoor:promisedWorkingDays']").value(10));
	}

	@Test
	void unknownItemIsProblem404InBothLanguages() throws Exception {
		mvc.perform(get("/api/catalogue/items/520000-NOSUCHITEM"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.messages['zh-CN']").value(startsWith("没有找到事项")));
		mvc.perform(get("/api/catalogue/items/520000-NOSUCHITEM").accept("application/ld+json"))
			.andExpect(status().isNotFound());
	}

	@Test
	void badPageSizeIs400() throws Exception {
		mvc.perform(get("/api/catalogue/items").param("size", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.messages.en").isString());
	}

}
