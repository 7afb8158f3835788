package org.onedoor.identity;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StaffAdministrationTests extends IdentityTestSupport {

	@Test
	void onlyAdministratorsManageStaff() throws Exception {
		mvc.perform(get("/console/accounts").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("handler")))
			.andExpect(content().string(containsString("贵阳市城市管理局")));
		mvc.perform(get("/console/accounts").param("unit", "GY-12345").with(as("admin")))
			.andExpect(content().string(containsString("operator")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">handler<"))));
		mvc.perform(get("/console/accounts").with(as("supervisor"))).andExpect(status().isForbidden());
	}

	@Test
	void aNewStaffMemberMustChooseTheirOwnPasswordFirst() throws Exception {
		MvcResult created = mvc.perform(post("/console/accounts").with(as("admin")).with(csrf())
			.param("username", "Newbie")
			.param("displayName", "新同事")
			.param("unitCode", "gy-cgj")
			.param("roles", "UNIT_HANDLER", "VOLUNTEER")
			.param("password", "Temp#Pass2026"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = accountId("newbie");
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/console/accounts/" + id + "?created");
		assertThat(auditCount("identity.account.created", Long.toString(id))).isEqualTo(1);
		assertThat(auditCount("identity.role.granted", Long.toString(id))).isEqualTo(2);

		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", "newbie").param("password", "Temp#Pass2026")
			.with(csrf()).with(fromNewAddress())).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/console").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(content().string(containsString("临时密码")));
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("current", "Temp#Pass2026").param("password", "Mine#Own2026").param("confirmation", "Mine#Own2026"))
			.andExpect(redirectedUrl("/account/password?changed"));
		mvc.perform(get("/console").session(session)).andExpect(status().isOk());
		assertThat(auditCount("identity.password.changed", Long.toString(id))).isEqualTo(1);
	}

	@Test
	void badInputIsExplainedInBothLanguagesAndNothingIsStored() throws Exception {
		mvc.perform(post("/console/accounts").with(as("admin")).with(csrf())
			.param("username", "x").param("displayName", "某人").param("unitCode", "GY-CGJ")
			.param("roles", "UNIT_HANDLER").param("password", "Temp#Pass2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("用户名需3到40位")));
		mvc.perform(post("/console/accounts").with(as("admin")).with(csrf()).param("lang", "en")
			.param("username", "ghost").param("displayName", "某人").param("unitCode", "NO-SUCH")
			.param("roles", "UNIT_HANDLER").param("password", "Temp#Pass2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is no unit with the code")));
		assertThat(jdbc.sql("select count(*) from identity.account where username in ('x', 'ghost')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void roleUnitAndStatusChangesAreAuditedAndDisabledAccountsCannotSignIn() throws Exception {
		long id = createStaff("changer");
		mvc.perform(post("/console/accounts/{id}/roles", id).with(as("admin")).with(csrf())
			.param("version", "0").param("roles", "DISPATCHER"))
			.andExpect(redirectedUrl("/console/accounts/" + id + "?saved"));
		assertThat(auditCount("identity.role.granted", Long.toString(id))).isEqualTo(2);
		assertThat(auditCount("identity.role.revoked", Long.toString(id))).isEqualTo(1);
		mvc.perform(post("/console/accounts/{id}/unit", id).with(as("admin")).with(csrf())
			.param("version", "1").param("unitCode", "ZY-CGJ"))
			.andExpect(redirectedUrl("/console/accounts/" + id + "?saved"));
		assertThat(auditCount("identity.unit.changed", Long.toString(id))).isEqualTo(1);
		mvc.perform(post("/console/accounts/{id}/enabled", id).with(as("admin")).with(csrf())
			.param("version", "2").param("enabled", "false"))
			.andExpect(redirectedUrl("/console/accounts/" + id + "?saved"));
		assertThat(auditCount("identity.account.disabled", Long.toString(id))).isEqualTo(1);
		mvc.perform(post("/login").param("username", "changer").param("password", "Temp#Pass2026").with(csrf())
			.with(fromNewAddress())).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/console/accounts/{id}", id).with(as("admin")))
			.andExpect(content().string(containsString("identity.account.disabled")))
			.andExpect(content().string(containsString("遵义市城市管理局")));
	}

	@Test
	void aConcurrentEditIsAConflict() throws Exception {
		long id = createStaff("contested");
		mvc.perform(post("/console/accounts/{id}/password", id).with(as("admin")).with(csrf())
			.param("version", "0").param("password", "Reset#Pass2026"))
			.andExpect(redirectedUrl("/console/accounts/" + id + "?saved"));
		mvc.perform(post("/console/accounts/{id}/roles", id).with(as("admin")).with(csrf())
			.param("version", "0").param("roles", "ADMIN"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("这条数据刚被别人修改过")));
		assertThat(auditCount("identity.role.granted", Long.toString(id))).isEqualTo(1);
		assertThat(auditCount("identity.password.reset", Long.toString(id))).isEqualTo(1);
	}

	@Test
	void administratorsCannotLockThemselvesOut() throws Exception {
		long admin = accountId("admin");
		int version = jdbc.sql("select version from identity.account where id = ?").param(admin).query(Integer.class).single();
		mvc.perform(post("/console/accounts/{id}/enabled", admin).with(as("admin")).with(csrf())
			.param("version", Integer.toString(version)).param("enabled", "false"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能停用自己的账号")));
	}

	private long createStaff(String username) throws Exception {
		mvc.perform(post("/console/accounts").with(as("admin")).with(csrf())
			.param("username", username).param("displayName", "测试").param("unitCode", "GY-CGJ")
			.param("roles", "UNIT_HANDLER").param("password", "Temp#Pass2026"))
			.andExpect(status().is3xxRedirection());
		return accountId(username);
	}

}
