package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 办结（未评价）: replies whose follow-up period has passed without a rating are closed. Each run
 * locks a batch with {@code for update skip locked}, so two nodes running at once take
 * different appeals and each appeal is closed exactly once.
 */
@Service
class CloseUnratedAppeals {

	private static final Logger log = LoggerFactory.getLogger(CloseUnratedAppeals.class);

	private final WorkSteps steps;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	CloseUnratedAppeals(WorkSteps steps, JdbcClient jdbc, TransactionTemplate tx) {
		this.steps = steps;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	@Scheduled(fixedDelayString = "${onedoor.appeals.close-unrated-every:PT5M}",
			initialDelayString = "${onedoor.appeals.close-unrated-every:PT5M}")
	void run() {
		try {
			int closed = closeDue(steps.now());
			if (closed > 0) {
				log.info("Closed {} replied appeals without a rating", closed);
			}
		}
		catch (RuntimeException ex) {
			// the next run tries again; nothing was half-done thanks to the transaction
			log.warn("Closing unrated appeals failed: {}", ex.getMessage());
		}
	}

	/** Closes one batch of appeals whose follow-up ended by {@code now}; answers how many. */
	int closeDue(Instant now) {
		Integer closed = tx.execute(status -> {
			record Due(long id, int version, String trackingNumber, Long unitId) {
			}
			List<Due> due = jdbc.sql("""
					select id, version, tracking_number, lead_unit_id as unit_id from appeals.appeal
					where status = 'REPLIED' and stage_deadline <= ?
					order by stage_deadline limit ? for update skip locked""")
				.params(Timestamp.from(now), steps.properties.closeBatch())
				.query(Due.class)
				.list();
			for (Due appeal : due) {
				steps.transitions.move(appeal.id(), appeal.version(), AppealAction.CLOSE_UNRATED, Actor.SYSTEM, null, true);
				steps.cases.set(appeal.id(), CaseStore.columns("closed_at", now, "stage_deadline", null));
				steps.events.publishEvent(
						new AppealClosed(appeal.id(), new TrackingNumber(appeal.trackingNumber()), appeal.unitId(), now, false));
			}
			return due.size();
		});
		return closed == null ? 0 : closed;
	}

}
