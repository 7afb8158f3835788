package org.onedoor.appeals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every path of the lifecycle through the staff forms, on real calendar dates of 2026 around
 * the Spring Festival: Saturday 14 February is a 调休 working day, 15-23 February are off.
 */
class AppealWorkFlowTests extends WorkTestSupport {

	@Autowired
	CloseUnratedAppeals closing;

	@BeforeEach
	void reset() {
		notifier.failing = false;
	}

	/** Registered Friday 13 Feb 10:00, accepted at once, dispatched to the city management bureau. */
	private long dispatchedOnFriday() throws Exception {
		clock.set("2026-02-13T10:00:00");
		long id = register(hotline(AppealType.COMPLAINT));
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		clock.set("2026-02-13T16:00:00");
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ").param("coUnits", "NM-CGJ"))
			.andExpect(redirectedUrl("/console/appeals/" + id));
		return id;
	}

	private long signedFor() throws Exception {
		long id = dispatchedOnFriday();
		clock.set("2026-02-14T09:10:00");
		mvc.perform(action(id, "sign-for", "handler").param("responsibleAccountId", String.valueOf(accountId("handler"))))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	@Test
	void normalPathWithDeadlinesOnTheMakeUpWorkingDay() throws Exception {
		clock.set("2026-02-13T10:00:00");
		long id = register(hotline(AppealType.COMPLAINT));
		// accept within 1 working day: the next working day is Saturday 14 Feb (调休), close of office
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-02-14T17:30:00"));

		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
		// reply within 5 working days: 14 Feb, then 24, 25, 26, 27 Feb after the holiday
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-02-27T17:30:00"));
		// dispatch within 4 working hours: 10:00-12:00 and 13:30-15:30
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-02-13T15:30:00"));
		assertThat(notifier.citizen).anyMatch(sms -> sms.startsWith("13800005678:") && sms.contains("已受理")
				&& sms.contains("2026-02-27 17:30"));

		clock.set("2026-02-13T16:00:00");
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ").param("coUnits", "NM-CGJ"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("DISPATCHED");
		assertThat(column(id, "lead_unit_id", Long.class)).isEqualTo(unitId("GY-CGJ"));
		assertThat(jdbc.sql("select unit_id from appeals.co_unit where appeal_id = ?").param(id).query(Long.class).list())
			.containsExactly(unitId("NM-CGJ"));
		// sign for within 2 working hours: 16:00-17:30 Friday, 09:00-09:30 Saturday (调休)
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-02-14T09:30:00"));
		assertThat(notifier.units).anyMatch(notice -> notice.startsWith(unitId("GY-CGJ") + ":"));

		clock.set("2026-02-14T09:10:00");
		mvc.perform(action(id, "sign-for", "handler").param("responsibleAccountId", String.valueOf(accountId("handler"))))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("SIGNED_FOR");
		assertThat(column(id, "responsible_name", String.class)).isEqualTo("张承办");
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-02-27T17:30:00"));

		clock.set("2026-02-24T10:00:00");
		mvc.perform(action(id, "remind", "dispatcher").param("note", "请尽快办理")).andExpect(status().is3xxRedirection());
		assertThat(column(id, "reminders", Integer.class)).isEqualTo(1);

		mvc.perform(action(id, "reply", "handler").param("reply", "已组织执法队员清理占道摊贩，并安排每晚巡查。"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("REPLIED");
		// follow-up: 3 working days for the rating, then closed unrated
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-02-27T17:30:00"));
		assertThat(notifier.citizen).anyMatch(sms -> sms.contains("已答复"));

		assertThat(closing.closeDue(at("2026-02-27T17:00:00"))).isZero();
		assertThat(closing.closeDue(at("2026-02-28T09:00:00"))).isPositive();
		assertThat(closing.closeDue(at("2026-02-28T09:00:00"))).isZero();
		assertThat(statusOf(id)).isEqualTo("CLOSED");
		assertThat(jdbc.sql("select count(*) from appeals.appeal_transition where appeal_id = ? and action = 'CLOSE_UNRATED'")
			.param(id).query(Long.class).single()).isEqualTo(1L);
		assertThat(jdbc.sql("select action from appeals.appeal_transition where appeal_id = ? order by id")
			.param(id).query(String.class).list())
			.containsExactly("REGISTER", "ACCEPT", "DISPATCH", "SIGN_FOR", "REMIND", "REPLY", "CLOSE_UNRATED");
	}

	@Test
	void notAcceptedNeedsAReasonThatTheCitizenIsTold() throws Exception {
		clock.set("2026-03-02T09:00:00");
		long id = register(hotline(AppealType.COMPLAINT));
		mvc.perform(action(id, "decline", "dispatcher").param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请填写理由")));
		assertThat(statusOf(id)).isEqualTo("REGISTERED");

		mvc.perform(action(id, "decline", "dispatcher").param("reason", "属于司法程序，请通过诉讼途径解决。"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("DECLINED");
		assertThat(column(id, "decline_reason", String.class)).isEqualTo("属于司法程序，请通过诉讼途径解决。");
		assertThat(notifier.citizen).anyMatch(sms -> sms.contains("不予受理") && sms.contains("诉讼途径"));
		// final: nothing more can be done
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().isBadRequest());
	}

	@Test
	void returnedWithinTheLimitAndDispatchedAgain() throws Exception {
		long id = dispatchedOnFriday();
		clock.set("2026-02-14T10:00:00");
		mvc.perform(action(id, "return", "handler").param("reason", "")).andExpect(status().isBadRequest());
		mvc.perform(action(id, "return", "handler").param("reason", "占道经营在南明区，应由南明区城管局办理。"))
			.andExpect(redirectedUrl("/console/appeals/inbox"));
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
		assertThat(column(id, "returns", Integer.class)).isEqualTo(1);
		assertThat(column(id, "lead_unit_id", Long.class)).isNull();
		assertThat(jdbc.sql("select count(*) from appeals.co_unit where appeal_id = ?").param(id).query(Long.class).single())
			.isZero();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/console/appeals/queue").param("status", "RETURNED").with(as("dispatcher")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(trackingNumber(id))));

		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("DISPATCHED");
		// more than one working day after the new dispatch: too late to return
		clock.set("2026-02-25T10:30:00");
		mvc.perform(action(id, "return", "handler").param("reason", "不归我们管"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已超过退单时限")));
		assertThat(statusOf(id)).isEqualTo("DISPATCHED");
	}

	@Test
	void extensionApprovedMovesTheReplyDeadline() throws Exception {
		long id = signedFor();
		mvc.perform(action(id, "extension", "handler").param("days", "30").param("reason", "需要协调多个部门"))
			.andExpect(status().isBadRequest());
		mvc.perform(action(id, "extension", "handler").param("days", "3").param("reason", "需要协调多个部门联合执法"))
			.andExpect(status().is3xxRedirection());
		assertThat(column(id, "extension_requested", Boolean.class)).isTrue();
		// a unit cannot approve its own request
		mvc.perform(action(id, "extension/approve", "handler")).andExpect(status().isForbidden());

		mvc.perform(action(id, "extension/approve", "dispatcher")).andExpect(status().is3xxRedirection());
		// 27 Feb + 3 working days: Saturday 28 Feb (调休), Monday 2, Tuesday 3 March
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-03-03T17:30:00"));
		assertThat(column(id, "extensions", Integer.class)).isEqualTo(1);
		assertThat(column(id, "extension_requested", Boolean.class)).isFalse();

		mvc.perform(action(id, "extension", "handler").param("days", "2").param("reason", "仍需时间"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "extension/refuse", "dispatcher").param("reason", "请按期办结"))
			.andExpect(status().is3xxRedirection());
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-03-03T17:30:00"));
		assertThat(column(id, "extensions", Integer.class)).isEqualTo(1);
	}

	@Test
	void waitingForTheCitizenStopsTheClockAndMovesTheDeadline() throws Exception {
		long id = signedFor();
		clock.set("2026-02-14T10:00:00");
		mvc.perform(action(id, "ask-citizen", "handler").param("reason", "请提供摊贩位置的照片"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("WAITING_FOR_CITIZEN");
		assertThat(instant(id, "clock_stopped_at")).isEqualTo(at("2026-02-14T10:00:00"));

		clock.set("2026-02-24T10:00:00");
		mvc.perform(action(id, "citizen-supplied", "handler")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("SIGNED_FOR");
		assertThat(instant(id, "clock_stopped_at")).isNull();
		// stopped 14 Feb 10:00-17:30 (6 h) and 24 Feb 09:00-10:00 (1 h): 7 office hours;
		// 27 Feb 17:30 + 7 h = Saturday 28 Feb (调休) 17:30
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-02-28T17:30:00"));
	}

	@Test
	void reopenedAfterADissatisfiedRating() throws Exception {
		long id = signedFor();
		clock.set("2026-02-24T11:00:00");
		mvc.perform(action(id, "reply", "handler").param("reply", "已清理。")).andExpect(status().is3xxRedirection());
		// the citizen's rating is the desk's use case; here it is set as the desk would store it
		jdbc.sql("""
				update appeals.appeal set status = 'CLOSED', rating = 'SATISFIED', rated_at = now(), closed_at = ?,
				    version = version + 1 where id = ?""")
			.params(java.sql.Timestamp.from(at("2026-02-25T09:00:00")), id).update();
		StatusShortcut.recordJump(jdbc, id);
		mvc.perform(action(id, "reopen", "dispatcher").param("reason", "群众不满意")).andExpect(status().isBadRequest());
		jdbc.sql("update appeals.appeal set rating = 'DISSATISFIED', version = version + 1 where id = ?").param(id).update();

		clock.set("2026-02-26T09:00:00");
		mvc.perform(action(id, "reopen", "dispatcher").param("reason", "")).andExpect(status().isBadRequest());
		mvc.perform(action(id, "reopen", "dispatcher").param("reason", "群众反映摊贩仍在，要求重办"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
		assertThat(column(id, "reopens", Integer.class)).isEqualTo(1);
		assertThat(column(id, "rating", String.class)).isNull();
		// a fresh 5 working days from Thursday 26 Feb: 27, 28 (调休), 2, 3, 4 March
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-03-04T17:30:00"));
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("DISPATCHED");
	}

	@Test
	void twoPeopleWithTheSameVersionOneWinsTheOtherGets409() throws Exception {
		long id = dispatchedOnFriday();
		int seen = version(id);
		var first = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/console/appeals/" + id + "/sign-for").with(as("handler"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(seen)).param("responsibleAccountId", String.valueOf(accountId("handler")));
		var second = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/console/appeals/" + id + "/return").with(as("head"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("version", String.valueOf(seen)).param("reason", "不是本单位职责");
		mvc.perform(first).andExpect(status().is3xxRedirection());
		mvc.perform(second)
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("刷新后再试")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("please reload")));
		assertThat(statusOf(id)).isEqualTo("SIGNED_FOR");
		assertThat(column(id, "returns", Integer.class)).isZero();
	}

	@Test
	void aFailingSmsGatewayDoesNotUndoTheStep() throws Exception {
		clock.set("2026-03-02T09:00:00");
		long id = register(hotline(AppealType.COMPLAINT));
		notifier.failing = true;
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
	}

	@Test
	void onlyTheRightPeopleAct() throws Exception {
		clock.set("2026-03-02T09:00:00");
		long id = register(hotline(AppealType.COMPLAINT));
		mvc.perform(action(id, "accept", "handler")).andExpect(status().isForbidden());
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "NOPE")).andExpect(status().isBadRequest());
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "NM-ZJJ")).andExpect(status().is3xxRedirection());
		// the city bureau's handler is not the lead unit
		mvc.perform(action(id, "sign-for", "handler").param("responsibleAccountId", String.valueOf(accountId("handler"))))
			.andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo("DISPATCHED");
	}

	@Test
	void twoNodesClosingAtOnceCloseEachAppealExactlyOnce() throws Exception {
		clock.set("2026-03-02T09:00:00");
		java.util.List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long id = register(hotline(AppealType.SUGGESTION));
			// replied long ago, as far as the closing job is concerned
			jdbc.sql("update appeals.appeal set status = 'REPLIED', stage_deadline = '2020-01-01T00:00:00Z' where id = ?")
				.param(id).update();
			StatusShortcut.recordJump(jdbc, id);
			ids.add(id);
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> closing.closeDue(at("2020-01-02T00:00:00")));
			var second = pool.submit(() -> closing.closeDue(at("2020-01-02T00:00:00")));
			assertThat(first.get() + second.get()).isEqualTo(6);
		}
		finally {
			pool.shutdown();
		}
		for (long id : ids) {
			assertThat(statusOf(id)).isEqualTo("CLOSED");
			assertThat(jdbc.sql("select count(*) from appeals.appeal_transition where appeal_id = ? and action = 'CLOSE_UNRATED'")
				.param(id).query(Long.class).single()).isEqualTo(1L);
		}
	}

	private String trackingNumber(long id) {
		return new TrackingNumber(column(id, "tracking_number", String.class)).display();
	}

}
