package org.onedoor.disclosure;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes every week that is due, on the cron and on a short check that catches up after
 * downtime. Figures are brought up to date first, so a week is frozen with every change made
 * before its publication time.
 */
@Component
class WeeklyPublisher {

	private static final Logger log = LoggerFactory.getLogger(WeeklyPublisher.class);

	private final PublishWeek publishWeek;

	private final WeeklyStore store;

	private final CellRefresher refresher;

	private final WeeklySchedule schedule;

	private final Clock clock;

	private final String node = ManagementFactory.getRuntimeMXBean().getName();

	WeeklyPublisher(PublishWeek publishWeek, WeeklyStore store, CellRefresher refresher, Clock clock,
			@Value("${onedoor.disclosure.publish-cron:0 0 8 * * MON}") String cron,
			@Value("${onedoor.disclosure.zone:Asia/Shanghai}") String zone,
			@Value("${onedoor.disclosure.first-week:}") String firstWeek) {
		this.publishWeek = publishWeek;
		this.store = store;
		this.refresher = refresher;
		this.clock = clock;
		this.schedule = WeeklySchedule.of(cron, zone, firstWeek);
	}

	@Scheduled(cron = "${onedoor.disclosure.publish-cron:0 0 8 * * MON}", zone = "${onedoor.disclosure.zone:Asia/Shanghai}")
	void onCron() {
		safely();
	}

	@Scheduled(fixedDelayString = "${onedoor.disclosure.catch-up-every:PT10M}",
			initialDelayString = "${onedoor.disclosure.catch-up-delay:PT1M}")
	void catchUp() {
		safely();
	}

	private void safely() {
		try {
			List<IsoWeek> published = publishDue(clock.instant());
			if (!published.isEmpty()) {
				log.info("Disclosure: published weeks {}", published);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Disclosure publication failed, the next run retries: {}", ex.getMessage());
		}
	}

	/** Publishes the weeks due at {@code now}, oldest first; returns those this node published. */
	List<IsoWeek> publishDue(Instant now) {
		return publish(schedule.due(store.latest(), now));
	}

	/** Publishes, oldest first, the weeks from {@code first} that are due at {@code now} (a first start-up). */
	List<IsoWeek> publishFrom(IsoWeek first, Instant now) {
		return publish(schedule.due(store.latest().or(() -> java.util.Optional.of(first.previous())), now));
	}

	/** Publishes the given weeks, oldest first; returns those this node published (another node may have won some). */
	List<IsoWeek> publish(List<IsoWeek> due) {
		List<IsoWeek> mine = new ArrayList<>();
		if (due.isEmpty()) {
			return mine;
		}
		refresher.refreshAll();
		for (IsoWeek week : due) {
			if (publishWeek.publish(week, node)) {
				mine.add(week);
			}
		}
		return mine;
	}

}
