package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What staff see: masked data, audited reveals, protected reporters, the queue, inbox and overview. */
class PrivacyAndPagesTests extends WorkTestSupport {

	private long dispatched(NewAppeal appeal) throws Exception {
		clock.set("2026-03-02T09:00:00");
		long id = register(appeal);
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ")).andExpect(status().is3xxRedirection());
		return id;
	}

	private long auditCount(long id) {
		return jdbc.sql("""
				select count(*) from audit.entry where action = 'personal-data.revealed' and subject_type = 'appeal'
				  and subject_id = (select tracking_number from appeals.appeal where id = ?)""")
			.param(id).query(Long.class).single();
	}

	@Test
	void staffSeeMaskedNumbersUntilTheyRevealWhichIsAudited() throws Exception {
		long id = dispatched(hotline(AppealType.COMPLAINT));
		mvc.perform(get("/console/appeals/" + id).with(as("handler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("13800005678"))))
			.andExpect(content().string(not(containsString("11010519491231002X"))))
			.andExpect(content().string(containsString("签收")));
		assertThat(auditCount(id)).isZero();

		mvc.perform(post("/console/appeals/" + id + "/reveal").with(as("handler")).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13800005678")))
			.andExpect(content().string(containsString("11010519491231002X")));
		assertThat(auditCount(id)).isEqualTo(1);
	}

	@Test
	void theReporterIsNeverShownToTheUnitReportedOn() throws Exception {
		NewAppeal report = NewAppeal.on(Channel.HOTLINE, AppealType.REPORT)
			.about("执法人员收受摊贩好处", "城管执法人员每月向摊贩收取费用。")
			.citizen("赵六", "13600006666", null)
			.place("520102000000", null)
			.build();
		long id = dispatched(report);
		mvc.perform(get("/console/appeals/" + id).with(as("handler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份对被反映单位保密")))
			.andExpect(content().string(not(containsString("赵六"))))
			.andExpect(content().string(not(containsString("6666"))));
		mvc.perform(post("/console/appeals/" + id + "/reveal").with(as("handler")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(auditCount(id)).isZero();

		// the dispatcher's side sees it, masked, and may reveal
		mvc.perform(get("/console/appeals/" + id).with(as("dispatcher")))
			.andExpect(content().string(containsString("赵六")))
			.andExpect(content().string(containsString("136****6666")));
		mvc.perform(post("/console/appeals/" + id + "/reveal").with(as("dispatcher")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13600006666")));
		assertThat(auditCount(id)).isEqualTo(1);
	}

	@Test
	void anonymousAppealsShowNobody() throws Exception {
		NewAppeal anonymous = NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("夜间施工噪音", "工地每晚十一点后仍在施工。")
			.citizen(null, "13500005555", null)
			.anonymous(true)
			.build();
		long id = dispatched(anonymous);
		mvc.perform(get("/console/appeals/" + id).with(as("dispatcher")))
			.andExpect(content().string(containsString("匿名诉求")))
			.andExpect(content().string(not(containsString("5555"))));
		mvc.perform(post("/console/appeals/" + id + "/reveal").with(as("dispatcher")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesShowTheWorkWithDeadlineColours() throws Exception {
		clock.set("2026-03-02T09:00:00");
		long waiting = register(hotline(AppealType.SUGGESTION));
		String number = new TrackingNumber(column(waiting, "tracking_number", String.class)).display();
		mvc.perform(get("/console/appeals/queue").with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("deadline-green")));
		mvc.perform(get("/console/appeals/queue").param("type", "REPORT").header("HX-Request", "true").with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));

		long id = dispatched(hotline(AppealType.COMPLAINT));
		String dispatchedNumber = new TrackingNumber(column(id, "tracking_number", String.class)).display();
		// two working hours to sign for; at 10:30 three quarters are used: yellow
		clock.set("2026-03-02T10:30:00");
		mvc.perform(get("/console/appeals/inbox").with(as("handler")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(dispatchedNumber)))
			.andExpect(content().string(containsString("deadline-yellow")));
		clock.set("2026-03-02T11:30:00");
		mvc.perform(get("/console/appeals/inbox").with(as("handler")))
			.andExpect(content().string(containsString("deadline-red")));
		mvc.perform(get("/console/appeals/overview").with(as("head")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已派单")));
		mvc.perform(get("/console/appeals/overview").with(as("handler"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/appeals/queue").with(as("handler"))).andExpect(status().isForbidden());

		// the detail shows the timeline and only this person's actions
		mvc.perform(get("/console/appeals/" + id).with(as("dispatcher")))
			.andExpect(content().string(containsString("办理过程")))
			.andExpect(content().string(containsString("王派单")))
			.andExpect(content().string(containsString("/remind")))
			.andExpect(content().string(not(containsString("/sign-for"))));
		mvc.perform(get("/console/appeals/" + id).with(as("handler")))
			.andExpect(content().string(containsString("/sign-for")))
			.andExpect(content().string(not(containsString("/remind"))));
		mvc.perform(get("/console/appeals/" + id).with(as("dispatcher")).flashAttr("done", AppealAction.DISPATCH))
			.andExpect(content().string(containsString("已派单。")));
		mvc.perform(get("/console/appeals/" + id).with(as("dispatcher")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Timeline")))
			.andExpect(content().string(containsString("Dispatched")));
		// someone outside the division and the units sees nothing
		mvc.perform(get("/console/appeals/" + id).with(as("clerk"))).andExpect(status().isForbidden());
	}

	@Test
	void administratorsEditDeadlineRulesAndEveryChangeIsAudited() throws Exception {
		mvc.perform(get("/console/appeals/deadline-rules").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("信访工作条例")));
		mvc.perform(get("/console/appeals/deadline-rules").with(as("dispatcher"))).andExpect(status().isForbidden());

		mvc.perform(post("/console/appeals/deadline-rules").with(as("admin")).with(csrf())
			.param("stage", "ACCEPT").param("categoryCode", "0102").param("amount", "2").param("unit", "WORKING_HOURS")
			.param("note", "城市管理类2个工作小时内受理"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/appeals/deadline-rules").with(as("admin")).with(csrf())
			.param("stage", "ACCEPT").param("amount", "0").param("unit", "WORKING_HOURS"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'appeals.deadline-rule.created'")
			.query(Long.class).single()).isEqualTo(1L);

		// the most specific rule wins: a category below 0102 gets the 2 working hours
		clock.set("2026-03-02T09:00:00");
		long id = register(NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("路灯不亮", "小区门口路灯坏了一个月。")
			.citizen("钱七", "13300003333", null)
			.category("010204")
			.build());
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-03-02T11:00:00"));

		long ruleId = jdbc.sql("select id from appeals.deadline_rule where category_code = '0102'").query(Long.class).single();
		mvc.perform(post("/console/appeals/deadline-rules/" + ruleId).with(as("admin")).with(csrf())
			.param("version", "0").param("amount", "3").param("unit", "WORKING_HOURS"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/appeals/deadline-rules/" + ruleId).with(as("admin")).with(csrf())
			.param("version", "0").param("amount", "4").param("unit", "WORKING_HOURS"))
			.andExpect(status().isConflict());
		mvc.perform(post("/console/appeals/deadline-rules/" + ruleId + "/delete").with(as("admin")).with(csrf())
			.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select action from audit.entry where subject_type = 'deadline-rule' and subject_id = ? order by id")
			.param(String.valueOf(ruleId)).query(String.class).list())
			.containsExactly("appeals.deadline-rule.created", "appeals.deadline-rule.changed", "appeals.deadline-rule.deleted");
	}

}
