package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** The classifier inside the application: its stored versions, learning from dispatches, retraining. */
class RoutingTests extends WorkTestSupport {

	@Autowired
	RoutingModels models;

	@Autowired
	RoutingRetrainSchedule schedule;

	@Test
	void theFirstModelIsTrainedOnceStoredAndServesSuggestions() {
		assertThat(models.suggest("孩子学校乱收补课费", "学校要求学生参加补课并收取费用", 3)).hasSize(3)
			.first()
			.satisfies(s -> assertThat(s.category()).isEqualTo("教育文体"));
		models.current();
		assertThat(jdbc.sql("select count(*) from appeals.routing_model where trigger = 'INITIAL'")
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from appeals.routing_model where active").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void everyDispatchIsAnExampleAndADispatchAfterAReturnIsACorrection() throws Exception {
		clock.set("2026-02-13T10:00:00");
		long id = appeals.register(NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("小区门口占道经营", "南明区花果园小区门口每天晚上有流动摊贩占道经营，垃圾很多。")
			.citizen("张三", "13800005678", "11010519491231002X")
			.place("520102000000", "花果园小区东门")
			.category("0102")
			.build(), Actor.SYSTEM).id();
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ"))
			.andExpect(status().is3xxRedirection());
		clock.set("2026-02-14T10:00:00");
		mvc.perform(action(id, "return", "handler").param("reason", "应由南明区城管局办理。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "NM-CGJ"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select source || ':' || category from appeals.routing_example where appeal_id = ? order by id")
			.param(id).query(String.class).list()).containsExactly("DISPATCH:城乡建设", "CORRECTION:城乡建设");
	}

	@Test
	void retrainingRecordsBothScoresAndKeepsTheBetterModel() throws Exception {
		models.current();
		int activeBefore = activeVersion();
		mvc.perform(post("/console/appeals/routing/retrain").with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var run = jdbc.sql("""
				select version, candidate_accuracy, current_accuracy, active, model is not null as stored
				from appeals.routing_model where trigger = 'ON_DEMAND' order by version desc limit 1""")
			.query().singleRow();
		double candidate = (Double) run.get("candidate_accuracy");
		double current = (Double) run.get("current_accuracy");
		assertThat(candidate).isBetween(0.5, 1.0);
		assertThat(current).isBetween(0.5, 1.0);
		boolean replaced = candidate > current;
		assertThat(run.get("active")).isEqualTo(replaced);
		assertThat(run.get("stored")).isEqualTo(replaced);
		assertThat(activeVersion()).isEqualTo(replaced ? (Integer) run.get("version") : activeBefore);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'appeals.routing.retrained' and subject_id = ?")
			.param(String.valueOf(run.get("version"))).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theNightlyRunHappensOnceADayWhicheverNodeStartsIt() {
		clock.set("2026-03-02T02:30:00");
		schedule.nightly();
		schedule.nightly();
		assertThat(jdbc.sql("select count(*) from appeals.routing_model where trigger = 'SCHEDULE' and trained_at >= ?")
			.param(java.sql.Timestamp.from(at("2026-03-02T00:00:00"))).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void administratorsSeeTheVersionsAndCanTryTheClassifier() throws Exception {
		mvc.perform(get("/console/appeals/routing").param("title", "医院收费不合理").param("content", "看病收费太高，医院乱收费")
			.with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("首次训练")))
			.andExpect(content().string(containsString("id=\"suggestions\"")));
		mvc.perform(get("/console/appeals/routing").with(as("dispatcher"))).andExpect(status().isForbidden());
	}

	private int activeVersion() {
		return jdbc.sql("select version from appeals.routing_model where active").query(Integer.class).single();
	}

}
