package org.onedoor.appeals;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly retraining, once a day across all nodes: the first node takes the training lock and records
 * its run; a node that gets the lock after it sees today's run and does nothing.
 */
@Component
class RoutingRetrainSchedule {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final RoutingModels models;

	private final RoutingModelStore store;

	private final Clock clock;

	RoutingRetrainSchedule(RoutingModels models, RoutingModelStore store, Clock clock) {
		this.models = models;
		this.store = store;
		this.clock = clock;
	}

	@Scheduled(cron = "${onedoor.appeals.routing.retrain-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	@Transactional
	public void nightly() {
		store.lock();
		if (!store.ranToday("SCHEDULE", clock.instant().atZone(CHINA).toLocalDate().atStartOfDay(CHINA).toInstant())) {
			models.retrain("SCHEDULE");
		}
	}

}
