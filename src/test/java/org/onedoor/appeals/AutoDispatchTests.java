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

/** 自动派单: off by default; when on and sure, the system dispatches at intake; a correction still teaches. */
class AutoDispatchTests extends WorkTestSupport {

	@Autowired
	AutoDispatchSettings settings;

	private long stallsAtTheGate() {
		return register(NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("小区门口占道经营摆摊", "南明区花果园小区门口每天晚上有流动摊贩占道经营，城管不管，垃圾很多，道路堵塞。")
			.citizen("张三", DeskTestSupport.freshMobile(), null)
			.place("520102000000", "花果园小区东门")
			.build());
	}

	@Test
	void aSureAppealIsDispatchedBySystemOnlyWhenItsCategoryIsSwitchedOnAndADispatcherMayStillCorrect() throws Exception {
		clock.set("2026-04-13T10:00:00");
		long untouched = stallsAtTheGate();
		assertThat(statusOf(untouched)).isEqualTo("REGISTERED");

		mvc.perform(post("/console/appeals/categories/01/auto-dispatch").with(as("admin")).with(csrf())
			.param("enabled", "true").param("threshold", "0.3"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("阈值应为")));
		mvc.perform(post("/console/appeals/categories/0102/auto-dispatch").with(as("admin")).with(csrf())
			.param("enabled", "true").param("threshold", "0.6"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/console/appeals/categories/01/auto-dispatch").with(as("dispatcher")).with(csrf())
			.param("enabled", "true"))
			.andExpect(status().isForbidden());
		try {
			mvc.perform(post("/console/appeals/categories/01/auto-dispatch").with(as("admin")).with(csrf())
				.param("enabled", "true").param("threshold", "0.5"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/console/appeals/categories").with(as("admin")))
				.andExpect(content().string(containsString("id=\"auto-dispatch\"")));

			long id = stallsAtTheGate();
			assertThat(statusOf(id)).isEqualTo("DISPATCHED");
			assertThat(jdbc.sql("select u.code from appeals.appeal a join directory.unit u on u.id = a.lead_unit_id where a.id = ?")
				.param(id).query(String.class).single()).isEqualTo("GY-CGJ");
			assertThat(jdbc.sql("select actor || ' ' || reason from appeals.appeal_transition where appeal_id = ? and action = 'DISPATCH'")
				.param(id).query(String.class).single()).startsWith("系统自动派单 自动派单：城乡建设（置信度");
			assertThat(jdbc.sql("select count(*) from audit.entry where action = 'appeals.auto-dispatched' and subject_id = ?")
				.param(column(id, "tracking_number", String.class)).query(Integer.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from appeals.routing_example where appeal_id = ?").param(id)
				.query(Integer.class).single()).isZero();

			// the unit returns it; the dispatcher's re-dispatch is a correction the classifier learns from
			mvc.perform(action(id, "return", "handler").param("reason", "应由南明区城管局办理。"))
				.andExpect(status().is3xxRedirection());
			mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "NM-CGJ"))
				.andExpect(status().is3xxRedirection());
			assertThat(jdbc.sql("select source || ':' || category from appeals.routing_example where appeal_id = ?")
				.param(id).query(String.class).list()).containsExactly("CORRECTION:城乡建设");

			// a higher threshold than the classifier's confidence: left for a dispatcher
			settings.set("01", true, "1", "admin");
			assertThat(statusOf(stallsAtTheGate())).isEqualTo("REGISTERED");
		}
		finally {
			settings.set("01", false, "0.9", "admin");
		}
		assertThat(statusOf(stallsAtTheGate())).isEqualTo("REGISTERED");
	}

}
