package org.onedoor.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.audit.AuditEntry;
import org.onedoor.audit.AuditLog;
import org.onedoor.oversight.OrderLifecycle.State;
import org.onedoor.oversight.StageClocks.Stage;
import org.onedoor.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A red-card supervision order over 清明 2026: issued Thursday 2 April with two working days to
 * answer (Friday 3, then Tuesday 7 April, as 4-6 April are off), sent back, escalated once to the
 * unit above when the second answer is late, and finally accepted.
 */
class SupervisionOrderTests extends OversightTestSupport {

	private static final AtomicLong IDS = new AtomicLong(9_600_000);

	@Autowired
	IssueSupervisionOrders issue;

	@Autowired
	AnswerSupervisionOrder answer;

	@Autowired
	ReviewSupervisionOrder review;

	@Autowired
	EscalateLateOrders escalation;

	@Autowired
	OrderStore orders;

	@Autowired
	AuditLog audit;

	private long openAppeal(String unitCode) {
		long id = IDS.incrementAndGet();
		clocks.start(id, TrackingNumber.next(YearMonth.of(2026, 3)).value(), Stage.REPLY, unit(unitCode),
				account("handler"), at("2026-03-30T09:00:00"), at("2026-04-10T17:30:00"));
		return id;
	}

	@Test
	void issuedAnsweredSentBackEscalatedOnceAndAccepted() {
		long first = openAppeal("GY-CGJ");
		long second = openAppeal("GY-CGJ");
		clock.moveTo("2026-04-02T10:00:00");
		signedInAs("supervisor");
		List<Long> ids = issue.issue(new IssueSupervisionOrders.Request(List.of(first, second), "RED",
				"群众多次反映未果，请限期办结", 2));
		assertThat(ids).hasSize(1);
		SupervisionOrder order = orders.load(ids.get(0));
		assertThat(order.deadline()).isEqualTo(at("2026-04-07T17:30:00"));
		assertThat(order.state()).isEqualTo(State.ISSUED);
		assertThat(order.number()).matches("DB2026\\d{6}");
		assertThat(orders.appeals(order.id())).extracting(SupervisionOrder.Subject::appealId)
			.containsExactlyInAnyOrder(first, second);
		assertThat(recipients("order_id", order.id(), "ORDER")).contains("handler", "head");

		clock.moveTo("2026-04-07T09:00:00");
		signedInAs("head");
		answer.answer(order.id(), 0, "已约谈商户并清理占道", LocalDate.of(2026, 4, 10));
		assertThat(orders.load(order.id()).state()).isEqualTo(State.ANSWERED);
		assertThat(recipients("order_id", order.id(), "ORDER")).contains("supervisor");

		clock.moveTo("2026-04-08T10:00:00");
		signedInAs("supervisor");
		review.sendBack(order.id(), 1, "未说明整改结果", 1);
		SupervisionOrder returned = orders.load(order.id());
		assertThat(returned.state()).isEqualTo(State.RETURNED);
		assertThat(returned.deadline()).isEqualTo(at("2026-04-09T17:30:00"));

		// other tests' orders share the database, so the counts are theirs too: look at this one
		escalation.sweep(at("2026-04-09T17:29:00"));
		assertThat(orders.load(order.id()).escalatedAt()).isNull();
		assertThat(escalation.sweep(at("2026-04-09T17:31:00"))).isPositive();
		escalation.sweep(at("2026-04-10T09:00:00"));
		SupervisionOrder escalated = orders.load(order.id());
		assertThat(escalated.escalatedToUnitId()).isEqualTo(unit("GY-ZF"));
		assertThat(escalated.escalatedAt()).isEqualTo(at("2026-04-09T17:31:00"));
		assertThat(recipients("order_id", order.id(), "ESCALATED")).containsOnlyOnce("supervisor");

		clock.moveTo("2026-04-10T09:30:00");
		signedInAs("handler");
		answer.answer(order.id(), escalated.version(), "占道摊点已全部清理，门前已恢复通行", LocalDate.of(2026, 4, 10));
		signedInAs("supervisor");
		review.accept(order.id(), orders.load(order.id()).version(), null);
		assertThat(orders.load(order.id()).state()).isEqualTo(State.ACCEPTED);
		assertThat(audit.entriesFor("supervision-order", order.number(), 20)).extracting(AuditEntry::action)
			.contains("oversight.order.issued", "oversight.order.answered", "oversight.order.sent-back",
					"oversight.order.escalated", "oversight.order.accepted");
	}

	@Test
	void appealsOfSeveralUnitsMakeOneOrderPerUnit() {
		clock.moveTo("2026-03-16T10:00:00");
		signedInAs("supervisor");
		List<Long> ids = issue.issue(new IssueSupervisionOrders.Request(
				List.of(openAppeal("GY-CGJ"), openAppeal("GY-12345")), "YELLOW", "临近时限，请抓紧办理", 3));
		assertThat(ids).hasSize(2);
		// Monday 16 March + 3 working days: Thursday 19 March at close of office
		assertThat(orders.load(ids.get(0)).deadline()).isEqualTo(at("2026-03-19T17:30:00"));
	}

	@Test
	void badInputIsRefusedAndNothingIsStored() {
		long id = openAppeal("GY-CGJ");
		signedInAs("supervisor");
		long before = count();
		assertRefused(() -> issue.issue(new IssueSupervisionOrders.Request(List.of(id), "GREEN", "原因", 2)), "level");
		assertRefused(() -> issue.issue(new IssueSupervisionOrders.Request(List.of(id), "RED", "  ", 2)), "reason");
		assertRefused(() -> issue.issue(new IssueSupervisionOrders.Request(List.of(id), "RED", "原因", 0)), "answerDays");
		assertRefused(() -> issue.issue(new IssueSupervisionOrders.Request(List.of(), "RED", "原因", 2)), "appealIds");
		assertRefused(() -> issue.issue(new IssueSupervisionOrders.Request(List.of(id, 1L), "RED", "原因", 2)),
				"appealIds");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyTheRightPeopleMayActAndOnlyInTheRightState() {
		clock.moveTo("2026-03-16T10:00:00");
		signedInAs("supervisor");
		long orderId = issue.issue(new IssueSupervisionOrders.Request(List.of(openAppeal("GY-CGJ")), "YELLOW", "请办理", 2))
			.get(0);
		assertRefused(() -> review.accept(orderId, 0, null), "state");
		assertThatThrownBy(() -> answer.answer(orderId, 0, "已办", LocalDate.of(2026, 3, 20)))
			.isInstanceOf(AccessDeniedException.class);
		signedInAs("head");
		assertThatThrownBy(() -> review.accept(orderId, 0, null)).isInstanceOf(AccessDeniedException.class);
		assertRefused(() -> answer.answer(orderId, 0, "已办", LocalDate.of(2026, 3, 13)), "answerFinishBy");
		answer.answer(orderId, 0, "已办", LocalDate.of(2026, 3, 20));
		assertRefused(() -> answer.answer(orderId, 0, "又办", LocalDate.of(2026, 3, 20)), "state");
		signedInAs("operator");
		assertThatThrownBy(() -> issue.issue(new IssueSupervisionOrders.Request(List.of(openAppeal("GY-CGJ")), "RED",
				"原因", 2))).isInstanceOf(AccessDeniedException.class);
	}

	private long count() {
		return jdbc.sql("select count(*) from oversight.supervision_order").query(Long.class).single();
	}

	private static void assertRefused(Runnable action, String parameter) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.parameter()).isEqualTo(parameter));
	}

}
