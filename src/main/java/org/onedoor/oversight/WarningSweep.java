package org.onedoor.oversight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.identity.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the warnings whose time has come, and marks and escalates overdue stages. Each node
 * claims due points with {@code for update skip locked} and marks them sent in the same
 * transaction as the notices, so a point fires once whichever node wins. After downtime only the
 * furthest due point of a stage fires (the earlier ones are superseded): a unit two days late
 * hears that it is late, not that 60% of its time has gone.
 */
@Component
class WarningSweep {

	private static final Logger log = LoggerFactory.getLogger(WarningSweep.class);

	private static final int BATCH = 200;

	record Due(long alertId, long appealId, int round, int percent, Instant dueAt, String trackingNumber,
			String stage, long unitId, Long responsibleAccountId, Instant deadline) {

		boolean overdue() {
			return percent == 100;
		}

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final WarningNotices notices;

	private final SmsGateway sms;

	private final Clock clock;

	WarningSweep(JdbcClient jdbc, TransactionTemplate tx, WarningNotices notices, SmsGateway sms, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.notices = notices;
		this.sms = sms;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onedoor.oversight.sweep-every:PT1M}", initialDelayString = "${onedoor.oversight.sweep-delay:PT30S}")
	void run() {
		try {
			int fired = sweep(clock.instant());
			if (fired > 0) {
				log.info("Oversight: {} warnings and overdue escalations sent", fired);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Oversight sweep failed, the next run retries: {}", ex.getMessage());
		}
	}

	/** Fires every point due at {@code now}, batch by batch; returns how many fired. */
	int sweep(Instant now) {
		int total = 0;
		while (true) {
			List<WarningNotices.Text> outbox = new ArrayList<>();
			Integer fired = tx.execute(status -> {
				List<Due> due = claim(now);
				for (Due point : due) {
					outbox.addAll(notices.fire(point, now));
				}
				return due.size();
			});
			// texts leave only after the commit, so a rolled-back claim never texts anyone
			for (WarningNotices.Text text : outbox) {
				try {
					sms.send(text.mobile(), text.text());
				}
				catch (RuntimeException ex) {
					log.warn("Oversight SMS to {} failed: {}", text.mobile(), ex.getMessage());
				}
			}
			total += fired == null ? 0 : fired;
			if (fired == null || fired < BATCH) {
				return total;
			}
		}
	}

	private List<Due> claim(Instant now) {
		List<Due> due = jdbc.sql("""
				update oversight.alert a set state = 'SENT', sent_at = :now
				from oversight.stage_clock c
				where c.appeal_id = a.appeal_id and a.id in (
				  select a2.id from oversight.alert a2
				  join oversight.stage_clock c2 on c2.appeal_id = a2.appeal_id and c2.paused_at is null
				  where a2.state = 'PENDING' and a2.due_at <= :now
				    and not exists (select 1 from oversight.alert b where b.appeal_id = a2.appeal_id
				        and b.round = a2.round and b.percent > a2.percent and b.state = 'PENDING' and b.due_at <= :now)
				  order by a2.due_at limit :batch
				  for update of a2 skip locked)
				returning a.id as alert_id, a.appeal_id, a.round, a.percent, a.due_at, c.tracking_number, c.stage,
				    c.unit_id, c.responsible_account_id, c.deadline""")
			.param("now", StageClocks.utc(now))
			.param("batch", BATCH)
			.query(Due.class)
			.list();
		for (Due point : due) {
			jdbc.sql("""
					update oversight.alert set state = 'SUPERSEDED'
					where appeal_id = ? and round = ? and percent < ? and state = 'PENDING'""")
				.params(point.appealId(), point.round(), point.percent())
				.update();
		}
		return due;
	}

}
