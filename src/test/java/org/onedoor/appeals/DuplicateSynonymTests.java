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

/** Administrators edit the synonyms; the matcher uses a change at once, from the database. */
class DuplicateSynonymTests extends WorkTestSupport {

	@Autowired
	DuplicateIndex index;

	@Test
	void anAdministratorAddsChangesAndRemovesASynonymAndMatchingFollowsAtOnce() throws Exception {
		assertThat(index.text().terms("楼下吵闹声太大", "").words()).doesNotContain("噪音");
		mvc.perform(post("/console/appeals/synonyms").with(as("admin")).with(csrf())
			.param("variant", " 吵闹声 ").param("canonical", "噪音"))
			.andExpect(status().is3xxRedirection());
		assertThat(index.text().terms("楼下吵闹声太大", "").words()).contains("噪音");
		mvc.perform(get("/console/appeals/synonyms").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("吵闹声")));

		mvc.perform(post("/console/appeals/synonyms").with(as("admin")).with(csrf())
			.param("variant", "吵闹声").param("canonical", "噪声"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("本身是一个说法")));
		mvc.perform(post("/console/appeals/synonyms").with(as("admin")).with(csrf())
			.param("variant", "噪音").param("canonical", "声音"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/console/appeals/synonyms").with(as("admin")).with(csrf())
			.param("variant", "吵闹").param("canonical", "吵闹").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must differ")));
		mvc.perform(post("/console/appeals/synonyms").with(as("admin")).with(csrf())
			.param("variant", "").param("canonical", "噪音"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/console/appeals/synonyms").with(as("admin")).with(csrf())
			.param("variant", "a'b").param("canonical", "噪音"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/console/appeals/synonyms").with(as("dispatcher")).with(csrf())
			.param("variant", "吵").param("canonical", "噪音"))
			.andExpect(status().isForbidden());

		mvc.perform(post("/console/appeals/synonyms/remove").with(as("admin")).with(csrf()).param("variant", "吵闹声"))
			.andExpect(status().is3xxRedirection());
		assertThat(index.text().terms("楼下吵闹声太大", "").words()).doesNotContain("噪音");
		assertThat(jdbc.sql("select count(*) from audit.entry where subject_type = 'synonym' and subject_id = '吵闹声'")
			.query(Integer.class).single()).isEqualTo(2);
		mvc.perform(post("/console/appeals/synonyms/remove").with(as("admin")).with(csrf()).param("variant", "吵闹声"))
			.andExpect(status().isNotFound());
	}

}
