package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Petitions under the 信访工作条例 around the 2026 National Day and Mid-Autumn holidays
 * (25-27 September, 1-7 October off; Sunday 20 September and Saturday 10 October worked).
 */
class PetitionWorkTests extends WorkTestSupport {

	private static NewAppeal petition() {
		return NewAppeal.on(Channel.PETITION, AppealType.COMPLAINT)
			.petition(PetitionType.CLAIM)
			.about("拆迁补偿款未按协议支付", "本人房屋于2025年被征收，补偿协议约定的款项至今未支付。")
			.citizen("李四", "13900002222", null)
			.place("520102000000", "南明区新华路")
			.build();
	}

	@Test
	void petitionWithItsLegalLimitsAndOneExtension() throws Exception {
		clock.set("2026-09-18T10:00:00");
		long id = register(petition());
		// 15 days: 3 October is a holiday, so the period ends on the first working day after it
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-10-08T23:59:59"));

		clock.set("2026-09-21T10:00:00");
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		// 申诉求决类: 60 days from acceptance, 20 November (a Friday)
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-11-20T23:59:59"));
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ")).andExpect(status().is3xxRedirection());
		// 信访件 1 working day to sign for
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-09-22T17:30:00"));
		mvc.perform(action(id, "sign-for", "handler").param("responsibleAccountId", String.valueOf(accountId("handler"))))
			.andExpect(status().is3xxRedirection());

		clock.set("2026-11-10T10:00:00");
		mvc.perform(action(id, "extension", "handler").param("days", "31").param("reason", "需要司法鉴定"))
			.andExpect(status().isBadRequest());
		mvc.perform(action(id, "extension", "handler").param("days", "30").param("reason", "需要委托第三方评估"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "extension/approve", "dispatcher")).andExpect(status().is3xxRedirection());
		// 20 Nov + 30 days = Sunday 20 December, so Monday 21 December
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-12-21T23:59:59"));
		// the reason is told to the petitioner
		assertThat(notifier.citizen).anyMatch(sms -> sms.startsWith("13900002222:") && sms.contains("第三方评估")
				&& sms.contains("2026-12-21"));
		// only one extension for a petition
		mvc.perform(action(id, "extension", "handler").param("days", "5").param("reason", "仍需时间"))
			.andExpect(status().isBadRequest());

		clock.set("2026-12-01T15:00:00");
		mvc.perform(action(id, "reply", "handler").param("reply", "经核实，补偿款已于12月1日支付到位。"))
			.andExpect(status().is3xxRedirection());

		// 复查 within 30 days of the written reply: back to the dispatcher, answered within 30 days
		clock.set("2026-12-20T10:00:00");
		assertThat(appeals.requestReview(id, Actor.citizen(null), "对答复不服，申请复查")).isEqualTo(1);
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
		assertThat(column(id, "review_level", Integer.class)).isEqualTo(1);
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2027-01-19T23:59:59"));
	}

	@Test
	void aReviewMustBeAskedInTimeAndOnlyForPetitions() throws Exception {
		clock.set("2026-06-01T09:00:00");
		long id = register(petition());
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "dispatch", "dispatcher").param("leadUnit", "GY-CGJ")).andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "sign-for", "handler").param("responsibleAccountId", String.valueOf(accountId("handler"))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(action(id, "reply", "handler").param("reply", "已答复。")).andExpect(status().is3xxRedirection());

		clock.set("2026-07-02T09:00:00");
		assertThatThrownBy(() -> appeals.requestReview(id, Actor.citizen(null), "不服"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("appeals.review.tooLate"));
		assertThat(statusOf(id)).isEqualTo("REPLIED");

		clock.set("2026-06-01T09:00:00");
		long hotline = register(hotline(AppealType.COMPLAINT));
		assertThatThrownBy(() -> appeals.requestReview(hotline, Actor.citizen(null), "不服"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("appeals.review.onlyPetitions"));
	}

	@Test
	void anUrgentAppealGetsTheUrgentRulesAndTheSundayMakeUpDayCounts() throws Exception {
		clock.set("2026-09-18T16:00:00");
		long normal = register(hotline(AppealType.COMPLAINT));
		// 1 working day after Friday 18 September is Sunday 20 September (调休)
		assertThat(instant(normal, "stage_deadline")).isEqualTo(at("2026-09-20T17:30:00"));

		NewAppeal urgent = NewAppeal.on(Channel.HOTLINE, AppealType.REQUEST_FOR_HELP)
			.about("独居老人家中停水", "独居老人家中停水两天，请尽快处理。")
			.citizen("王五", "13700001234", null)
			.urgency(Urgency.URGENT)
			.build();
		long id = register(urgent);
		mvc.perform(action(id, "accept", "dispatcher")).andExpect(status().is3xxRedirection());
		// urgent: reply within 24 clock hours, dispatch within 1 working hour (16:00-17:00)
		assertThat(instant(id, "reply_deadline")).isEqualTo(at("2026-09-19T16:00:00"));
		assertThat(instant(id, "stage_deadline")).isEqualTo(at("2026-09-18T17:00:00"));
	}

}
