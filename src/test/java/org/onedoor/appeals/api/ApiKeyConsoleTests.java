package org.onedoor.appeals.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' page: a key is shown once, stored only as a hash, revoked for good; all audited. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiKeyConsoleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiKeys keys;

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void adminIssuesListsAndRevokesKeys() throws Exception {
		mvc.perform(get("/console/api-keys"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("演示 Open311 客户端")))
			.andExpect(content().string(not(containsString("onedoor-demo-key"))));

		var issued = mvc.perform(post("/console/api-keys").with(csrf()).param("clientName", "贵州政务App")
			.param("channel", "APP"))
			.andExpect(redirectedUrl("/console/api-keys"))
			.andReturn();
		String page = mvc.perform(get("/console/api-keys").flashAttrs(issued.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsString();
		String key = page.replaceAll("(?s).*id=\"new-key\">(od_[A-Za-z0-9_-]+)<.*", "$1");
		assertThat(key).startsWith("od_").hasSize(46);
		var row = jdbc.sql("select id, key_hash, channel, created_by from appeals.api_key where client_name = '贵州政务App'")
			.query().singleRow();
		assertThat(row.get("key_hash")).isEqualTo(ApiKeyHash.of(key)).isNotEqualTo(key);
		assertThat(row).containsEntry("channel", "APP").containsEntry("created_by", "admin");
		assertThat(keys.authenticate(key)).map(ApiClient::name).contains("贵州政务App");
		mvc.perform(get("/console/api-keys")).andExpect(content().string(not(containsString(key))));

		long id = (Long) row.get("id");
		mvc.perform(post("/console/api-keys/" + id + "/revoke").with(csrf())).andExpect(redirectedUrl("/console/api-keys"));
		assertThat(keys.authenticate(key)).isEmpty();
		assertThat(jdbc.sql("select action from audit.entry where subject_type = 'api-key' and subject_id = ? order by id")
			.param(String.valueOf(id)).query(String.class).list())
			.containsExactly("appeals.api-key.issued", "appeals.api-key.revoked");
		mvc.perform(post("/console/api-keys/" + id + "/revoke").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void badFormIsAnsweredOnThePageAndStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from appeals.api_key").query(Long.class).single();
		mvc.perform(post("/console/api-keys").with(csrf()).param("clientName", " ").param("channel", "WECHAT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写接入系统的名称")));
		mvc.perform(post("/console/api-keys").with(csrf()).param("clientName", "热线").param("channel", "HOTLINE"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from appeals.api_key").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "dispatcher", authorities = { "ROLE_DISPATCHER", "STAFF" })
	void onlyAdministratorsManageKeys() throws Exception {
		mvc.perform(get("/console/api-keys")).andExpect(status().isForbidden());
		mvc.perform(post("/console/api-keys").with(csrf()).param("clientName", "x").param("channel", "APP"))
			.andExpect(status().isForbidden());
	}

}
