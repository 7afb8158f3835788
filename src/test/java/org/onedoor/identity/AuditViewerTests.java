package org.onedoor.identity;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditViewerTests extends IdentityTestSupport {

	@Test
	void administratorsAndSupervisorsReadTheAuditLogWithFilters() throws Exception {
		mvc.perform(post("/login").param("username", "nosuchuser").param("password", "whatever1").with(csrf())
			.with(fromNewAddress()));
		mvc.perform(post("/login").param("username", "operator").param("password", DemoAccounts.PASSWORD).with(csrf())
			.with(fromNewAddress()));
		mvc.perform(get("/console/audit").param("action", "identity.signin.failed").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nosuchuser")))
			.andExpect(content().string(not(containsString("identity.signin.succeeded"))));
		mvc.perform(get("/console/audit").param("action", "identity.signin.*").param("actor", "operator")
			.param("from", java.time.LocalDate.now().toString()).with(as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("identity.signin.succeeded")))
			.andExpect(content().string(not(containsString("nosuchuser"))));
		mvc.perform(get("/console/audit").param("to", "2000-01-01").with(as("admin")))
			.andExpect(content().string(containsString("没有符合条件的记录")));
	}

	@Test
	void theAuditMenuShowsOnlyToReaders() throws Exception {
		mvc.perform(get("/console").with(as("supervisor"))).andExpect(content().string(containsString("/console/audit")));
		mvc.perform(get("/console").with(as("handler"))).andExpect(content().string(not(containsString("/console/audit"))));
	}

	@Test
	void otherStaffCannotReadTheAuditLog() throws Exception {
		mvc.perform(get("/console/audit").with(as("handler"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/audit").with(as("13800000001"))).andExpect(status().isForbidden());
	}

}
