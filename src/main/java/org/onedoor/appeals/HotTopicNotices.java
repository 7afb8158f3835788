package org.onedoor.appeals;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a hot topic's response is committed, each citizen who raised the matter is told by text
 * message under their own tracking number; a failing gateway is logged, the response stands
 * (it is on every tracking page already). Also starts the weekly keeping of hot topics.
 */
@Component
class HotTopicNotices {

	private static final Logger log = LoggerFactory.getLogger(HotTopicNotices.class);

	private final CaseStore cases;

	private final AppealNotifier notifier;

	private final MessageSource messages;

	private final HotTopics topics;

	private final java.time.Clock clock;

	HotTopicNotices(CaseStore cases, AppealNotifier notifier, MessageSource messages, HotTopics topics,
			java.time.Clock clock) {
		this.cases = cases;
		this.notifier = notifier;
		this.messages = messages;
		this.topics = topics;
		this.clock = clock;
	}

	record ResponsePublished(String title, String response, List<Long> appealIds) {
	}

	@TransactionalEventListener
	void published(ResponsePublished event) {
		for (long id : event.appealIds()) {
			try {
				AppealCase appeal = cases.load(id);
				if (appeal.citizenMobile() != null && !appeal.anonymous()) {
					notifier.toCitizen(appeal.citizenMobile(),
							messages.getMessage("appeals-intel.sms.hotTopic", new Object[] {
									appeal.trackingNumber().display(), event.title(), event.response() },
									Locale.SIMPLIFIED_CHINESE));
				}
			}
			catch (RuntimeException ex) {
				log.warn("Hot-topic response not sent for appeal {}: {}", id, ex.toString());
			}
		}
	}

	/** Monday morning, China time: last week's topics are kept and its alerts raised, on one node only. */
	@Scheduled(cron = "${onedoor.appeals.hot-topics.weekly-cron:0 30 0 * * MON}", zone = "Asia/Shanghai")
	void weekly() {
		int kept = topics.keepLastWeek(clock.instant().atZone(RegisterAppeal.CHINA).toLocalDate());
		if (kept >= 0) {
			log.info("Hot topics of last week kept: {}", kept);
		}
	}

}
