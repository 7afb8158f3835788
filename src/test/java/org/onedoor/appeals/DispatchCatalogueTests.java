package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 派单目录 with the demo units, its administration, and the suggestions dispatchers see. */
class DispatchCatalogueTests extends WorkTestSupport {

	@Autowired
	DispatchCatalogue catalogue;

	@Test
	void theMostSpecificCategoryThenTheDeepestDivisionWins() {
		// 住房 in a street of 南明区 → the district's housing bureau; elsewhere in 贵阳 → the city's
		assertThat(lead("011003", "520102031000")).isEqualTo("NM-ZJJ");
		assertThat(lead("011003", "520103000000")).isEqualTo("GY-ZJJ");
		// 环境卫生 (0102…) in 南明区 → the district's city management; 城乡建设 in general → the city's
		assertThat(lead("010214", "520102000000")).isEqualTo("NM-CGJ");
		assertThat(lead("01", "520102000000")).isEqualTo("GY-CGJ");
		assertThat(catalogue.lookup("04", "520102000000").orElseThrow().coUnitCodes()).containsExactly("NM-CGJ");
		// no place, or outside the catalogue: nothing to suggest
		assertThat(catalogue.lookup("06", null)).isEmpty();
		assertThat(catalogue.lookup("02", "520102000000")).isEmpty();
	}

	@Test
	void administratorsEditTheCatalogueAndEveryChangeIsAudited() throws Exception {
		mvc.perform(post("/console/appeals/routing/catalogue").with(as("admin")).with(csrf())
			.param("categoryCode", "06").param("divisionCode", "520123000000").param("leadUnitCode", "XW-ZF")
			.param("coUnitCodes", "GY-JTJ, XW-ZF"))
			.andExpect(status().is3xxRedirection());
		DispatchCatalogue.Entry entry = catalogue.lookup("060101", "520123100000").orElseThrow();
		assertThat(entry.leadUnitCode()).isEqualTo("XW-ZF");
		assertThat(entry.coUnitCodes()).containsExactly("GY-JTJ");
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'appeals.dispatch-catalogue.saved' and subject_id = '06@520123'")
			.query(Integer.class).single()).isEqualTo(1);

		mvc.perform(post("/console/appeals/routing/catalogue").with(as("admin")).with(csrf())
			.param("categoryCode", "06").param("divisionCode", "520123000000").param("leadUnitCode", "NO-SUCH"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("NO-SUCH")));

		mvc.perform(post("/console/appeals/routing/catalogue/" + entry.id() + "/remove").with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(catalogue.lookup("06", "520123000000").orElseThrow().leadUnitCode()).isEqualTo("GY-JTJ");
		mvc.perform(get("/console/appeals/routing/catalogue").with(as("dispatcher"))).andExpect(status().isForbidden());
	}

	@Test
	void dispatchersSeeTheTopThreeWithConfidenceAndTheUnit() throws Exception {
		clock.set("2026-03-03T10:00:00");
		long id = appeals.register(NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("学校违规收取补课费", "南明区某中学要求学生周末到校补课，每人收取补课费800元，家长负担重。")
			.citizen("李四", "13800005679", null)
			.place("520102031000", "花果园")
			.build(), Actor.SYSTEM).id();
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/console/appeals/" + id).with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"routing-suggestions\"")))
			.andExpect(content().string(containsString("教育文体")))
			.andExpect(content().string(containsString("NM-JYJ")));
		mvc.perform(get("/console/appeals/queue").with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("推荐：教育文体")));
	}

	private String lead(String category, String division) {
		return catalogue.lookup(category, division).orElseThrow().leadUnitCode();
	}

}
