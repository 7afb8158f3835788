package org.onedoor.disclosure;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published figures match a hand count of a small, fixed week (2025-W10, 3 to 9 March 2025,
 * ordinary working days): a merged duplicate, a late sign-for, an approved extension, a return
 * to another unit, a dissatisfied rating; then a reopen in the next week, which changes the
 * frozen week and shows up as corrections in the next publication.
 */
class WeeklyFiguresTests extends DisclosureTestSupport {

	@Test
	void publishedFiguresMatchAHandCountAndLaterChangesAreCorrections() throws Exception {
		long handler = accountId("handler");
		// A1: on time throughout, rated satisfied
		long a1 = register("2025-03-03T09:00:00", "花果园小区门口占道经营");
		step(a1, "accept", "dispatcher", "2025-03-03T09:30:00");
		step(a1, "dispatch", "dispatcher", "2025-03-03T10:00:00", "leadUnit", "GY-CGJ");
		step(a1, "sign-for", "handler", "2025-03-03T10:30:00", "responsibleAccountId", String.valueOf(handler));
		step(a1, "reply", "handler", "2025-03-05T10:00:00", "reply", "已组织执法队员清理占道摊贩。");
		rate(a1, "SATISFIED", "2025-03-05T15:00:00");
		// A2: the same matter again, merged into A1: counts once
		long a2 = register("2025-03-03T09:05:00", "花果园小区门口又有人占道经营");
		clock.set("2025-03-03T09:06:00");
		mvc.perform(post("/console/appeals/" + a2 + "/duplicates/merge").with(as("dispatcher")).with(csrf())
			.param("into", String.valueOf(a1))).andExpect(status().is3xxRedirection());
		// A3: signed for late, extension approved, replied in time, rated dissatisfied
		long a3 = register("2025-03-03T10:00:00", "观山湖公园夜间噪音扰民");
		step(a3, "accept", "dispatcher", "2025-03-03T10:10:00");
		step(a3, "dispatch", "dispatcher", "2025-03-03T11:00:00", "leadUnit", "GY-CGJ");
		step(a3, "sign-for", "handler", "2025-03-04T15:00:00", "responsibleAccountId", String.valueOf(handler));
		step(a3, "extension", "handler", "2025-03-05T09:00:00", "days", "3", "reason", "需要协调多个部门联合执法");
		step(a3, "extension/approve", "dispatcher", "2025-03-05T10:00:00");
		step(a3, "reply", "handler", "2025-03-07T16:00:00", "reply", "已约谈公园管理处，夜间停止广场舞音响。");
		rate(a3, "DISSATISFIED", "2025-03-08T10:00:00");
		// A4: returned by GY-CGJ, dispatched to 南明区综合行政执法局
		long a4 = register("2025-03-04T09:00:00", "南明区河滨路人行道破损");
		step(a4, "accept", "dispatcher", "2025-03-04T09:10:00");
		step(a4, "dispatch", "dispatcher", "2025-03-04T10:00:00", "leadUnit", "GY-CGJ");
		step(a4, "return", "handler", "2025-03-04T11:00:00", "reason", "人行道维修属南明区，应由南明区办理。");
		step(a4, "dispatch", "dispatcher", "2025-03-04T14:00:00", "leadUnit", "NM-ZJJ");
		// A5: on time, rated dissatisfied; reopened in the next week
		long a5 = register("2025-03-03T11:00:00", "花溪大道路灯不亮");
		step(a5, "accept", "dispatcher", "2025-03-03T11:10:00");
		step(a5, "dispatch", "dispatcher", "2025-03-03T11:30:00", "leadUnit", "GY-CGJ");
		step(a5, "sign-for", "handler", "2025-03-03T13:00:00", "responsibleAccountId", String.valueOf(handler));
		step(a5, "reply", "handler", "2025-03-04T10:00:00", "reply", "已安排维修路灯。");
		rate(a5, "DISSATISFIED", "2025-03-04T16:00:00");
		settle();
		refresher.refreshAll();

		IsoWeek w10 = IsoWeek.parse("2025-W10");
		clock.set("2025-03-10T08:00:00");
		assertThat(publishWeek.publish(w10, "node-a")).isTrue();
		PublishedWeek published = disclosure().week(w10);
		UnitFigures cgj = unit(published, "GY-CGJ");
		// hand count: received A1 A3 A5 (A2 merged, A4 went elsewhere); signed on time A1 A5;
		// completed on time A1 A3 A5; rated 3, satisfied 1 (A1); returned A4; extended A3
		assertThat(List.of(cgj.received(), cgj.signedFor(), cgj.signedOnTime(), cgj.completed(), cgj.completedOnTime(),
				cgj.rated(), cgj.satisfied(), cgj.returned(), cgj.extended())).containsExactly(3, 3, 2, 3, 3, 3, 1, 1, 1);
		assertThat(cgj.onTimeRate()).isEqualTo(100.0);
		assertThat(cgj.satisfactionRate()).isEqualTo(33.3);
		assertThat(unit(published, "NM-ZJJ").received()).isEqualTo(1);
		assertThat(published.corrections()).isEmpty();

		// the next week: A5 is reopened (重办); the frozen week stays as published
		step(a5, "reopen", "dispatcher", "2025-03-10T09:00:00", "reason", "群众反映路灯仍不亮，要求重办");
		settle();
		refresher.refreshAll();
		assertThat(unit(disclosure().week(w10), "GY-CGJ").completed()).isEqualTo(3);
		IsoWeek w11 = w10.next();
		clock.set("2025-03-17T08:00:00");
		assertThat(publishWeek.publish(w11, "node-a")).isTrue();
		PublishedWeek next = disclosure().week(w11);
		Map<String, String> corrections = next.corrections().stream()
			.filter(c -> c.week().equals("2025-W10") && c.unitName().equals(unit(published, "GY-CGJ").unitName()))
			.collect(Collectors.toMap(PublishedWeek.Correction::figure, c -> c.oldValue() + "->" + c.newValue()));
		assertThat(corrections).containsEntry("completed", "3->2").containsEntry("completed_on_time", "3->2")
			.containsEntry("rated", "3->2").containsEntry("received", "3->2").doesNotContainKey("satisfied");
		// published once: a second publication of the same week changes nothing
		assertThat(publishWeek.publish(w11, "node-b")).isFalse();
		assertThat(disclosure().week(w11).corrections()).hasSameSizeAs(next.corrections());
	}

	private UnitFigures unit(PublishedWeek week, String code) {
		long id = unitId(code);
		return week.units().stream().filter(u -> u.unitId() == id).findFirst().orElseThrow();
	}

	@org.springframework.beans.factory.annotation.Autowired
	private Disclosure disclosureFacade;

	private Disclosure disclosure() {
		return disclosureFacade;
	}

}
