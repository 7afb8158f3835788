package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
class CategoryAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Appeals appeals;

	private String name(String code) {
		return jdbc.sql("select name from appeals.category where code = ?").param(code).query(String.class).single();
	}

	@Test
	void anAdministratorGrowsTheTreeAndEveryChangeIsAudited() throws Exception {
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("parentCode", "0102").param("name", "共享单车乱停放"))
			.andExpect(redirectedUrl("/console/appeals/categories"));
		String code = jdbc.sql("select code from appeals.category where name = '共享单车乱停放'").query(String.class).single();
		assertThat(code).startsWith("0102").hasSize(6);
		mvc.perform(post("/console/appeals/categories/" + code).with(csrf()).param("name", "共享单车和电动车乱停放"))
			.andExpect(redirectedUrl("/console/appeals/categories"));
		assertThat(name(code)).isEqualTo("共享单车和电动车乱停放");
		assertThat(jdbc.sql("select count(*) from audit.entry where subject_type = 'appeal-category' and subject_id = ?")
			.param(code).query(Long.class).single()).isEqualTo(2L);
		mvc.perform(get("/console/appeals/categories")).andExpect(content().string(containsString("共享单车和电动车乱停放")));
	}

	@Test
	void retiringABranchStopsNewAppealsInIt() throws Exception {
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("name", "疫情防控（临时）"))
			.andExpect(status().is3xxRedirection());
		String top = jdbc.sql("select code from appeals.category where name = '疫情防控（临时）'").query(String.class).single();
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("parentCode", top).param("name", "核酸检测"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/appeals/categories/" + top + "/active").with(csrf()).param("active", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from appeals.category where code like ? || '%' and active").param(top)
			.query(Long.class).single()).isZero();
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("parentCode", top + "01").param("name", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上级分类已停用")));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> appeals.register(NewAppeal.on(Channel.APP, AppealType.CONSULTATION)
			.about("核酸检测点在哪", "请问附近的核酸检测点在哪里？")
			.citizen("李四", "13900002222", null)
			.category(top + "01")
			.build(), Actor.SYSTEM)).isInstanceOf(AppealNotRegisteredException.class);
	}

	@Test
	void badChangesAreRefusedInPlainWordsAndStoreNothing() throws Exception {
		long before = jdbc.sql("select count(*) from appeals.category").query(Long.class).single();
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("parentCode", "0102").param("name", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写分类名称")));
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("parentCode", "01").param("name", "安全生产"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已有名为“安全生产”的分类")));
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("parentCode", "010101").param("name", "第四级"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("最多三级")));
		assertThat(jdbc.sql("select count(*) from appeals.category").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	@WithMockUser(authorities = { "ROLE_DISPATCHER", "STAFF" })
	void onlyAdministratorsEditTheTree() throws Exception {
		mvc.perform(post("/console/appeals/categories").with(csrf()).param("name", "随便")).andExpect(status().isForbidden());
	}

}
