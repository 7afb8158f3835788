package org.onedoor.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, without a restart, the events whose listener failed. When the database goes
 * away under load, a listener that was running fails and often cannot even record that it
 * failed, so its publication stays "processing"; Spring Modulith only republishes on a restart.
 * The staleness monitor ({@code spring.modulith.events.staleness.*}) marks such publications
 * failed after a while, and this job hands the failed ones back to their listeners: the same
 * redelivery a restart does, which every listener is written for. Resubmission claims each publication in the database, so two
 * nodes do not deliver the same one twice. An event that failed {@value #MAX_ATTEMPTS} times is a
 * bug, not an outage: it is left for a person (and the next restart).
 */
@Component
class FailedEventRedelivery {

	static final int MAX_ATTEMPTS = 10;

	private static final Logger log = LoggerFactory.getLogger(FailedEventRedelivery.class);

	private final FailedEventPublications failed;

	FailedEventRedelivery(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${onedoor.events.redeliver-every:PT1M}",
			initialDelayString = "${onedoor.events.redeliver-every:PT1M}")
	void redeliver() {
		try {
			failed.resubmit(ResubmissionOptions.defaults().withFilter(FailedEventRedelivery::worthRetrying));
		}
		catch (RuntimeException ex) {
			// most likely the database is still away; the next round tries again
			log.warn("Failed events not redelivered this time: {}", ex.toString());
		}
	}

	static boolean worthRetrying(EventPublication publication) {
		return publication.getCompletionAttempts() < MAX_ATTEMPTS;
	}

}
