package org.onedoor.oversight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.oversight.StaffContacts.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An order the unit has not answered by its deadline goes one step up the chain of units, once:
 * each node claims late orders with {@code for update skip locked} and sets {@code escalated_at}
 * in the same transaction as the notices, so whichever node wins, it happens once, and a node
 * that was down catches up on its next run.
 */
@Component
class EscalateLateOrders {

	private static final Logger log = LoggerFactory.getLogger(EscalateLateOrders.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final OrderSteps steps;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EscalateLateOrders(JdbcClient jdbc, TransactionTemplate tx, OrderSteps steps, Directory directory,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.steps = steps;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onedoor.oversight.sweep-every:PT1M}", initialDelayString = "${onedoor.oversight.sweep-delay:PT30S}")
	void run() {
		try {
			int escalated = sweep(clock.instant());
			if (escalated > 0) {
				log.info("Oversight: {} unanswered supervision orders escalated", escalated);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Supervision order sweep failed, the next run retries: {}", ex.getMessage());
		}
	}

	/** Escalates every order late at {@code now}; returns how many this call escalated. */
	int sweep(Instant now) {
		int total = 0;
		while (true) {
			Integer done = tx.execute(status -> {
				List<SupervisionOrder> late = claim(now);
				late.forEach(order -> escalate(order, now));
				return late.size();
			});
			total += done == null ? 0 : done;
			if (done == null || done < BATCH) {
				return total;
			}
		}
	}

	private List<SupervisionOrder> claim(Instant now) {
		return jdbc.sql(OrderStore.COLUMNS + """
				 where state in ('ISSUED', 'RETURNED') and escalated_at is null and deadline <= :now
				order by deadline limit :batch for update skip locked""")
			.param("now", StageClocks.utc(now))
			.param("batch", BATCH)
			.query(SupervisionOrder.class)
			.list()
			.stream()
			.filter(order -> OrderLifecycle.escalates(order.state(), order.deadline(), order.escalatedAt(), now))
			.toList();
	}

	private void escalate(SupervisionOrder order, Instant now) {
		Unit above = directory.supervisionChain(order.unitId()).stream().findFirst().orElse(null);
		jdbc.sql("""
				update oversight.supervision_order set escalated_at = ?, escalated_to_unit_id = ?, version = version + 1
				where id = ? and escalated_at is null""")
			.params(StageClocks.utc(now), above == null ? null : above.id(), order.id())
			.update();
		String unitName = directory.findUnit(order.unitId()).map(Unit::name).orElse("#" + order.unitId());
		List<Contact> told = new ArrayList<>(steps.unitStaff(order.unitId()));
		if (above != null) {
			told.addAll(steps.contacts.withRole("UNIT_HEAD", List.of(above.id())));
		}
		steps.contacts.account(order.issuedBy()).ifPresent(told::add);
		steps.notices.tell(told, order, steps.firstAppeal(order), "ESCALATED", "oversight.order.notice.escalated", now,
				unitName, above == null ? "—" : above.name());
		steps.audit.recordAs("system", "oversight.order.escalated", "supervision-order", order.number(),
				above == null ? "top of the chain" : "to " + above.code());
		events.publishEvent(new SupervisionOrderEscalated(order.id(), order.number(), order.unitId(),
				above == null ? null : above.id(), now));
	}

}
