package org.onedoor.appeals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells citizens and units what happened, after the step is committed: a failing SMS gateway
 * never undoes a step, it is logged and the step stands. Citizens are written to in Chinese,
 * the language of every 12345 message.
 */
@Component
class AppealNotifications {

	private static final Logger log = LoggerFactory.getLogger(AppealNotifications.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final AppealNotifier notifier;

	private final CaseStore cases;

	private final MessageSource messages;

	private final AppealMail mail;

	AppealNotifications(AppealNotifier notifier, CaseStore cases, MessageSource messages, AppealMail mail) {
		this.notifier = notifier;
		this.cases = cases;
		this.messages = messages;
		this.mail = mail;
	}

	@TransactionalEventListener
	void accepted(AppealAccepted event) {
		citizen(event.appealId(), "appeals.sms.accepted", event.trackingNumber().display(), when(event.replyDeadline()));
	}

	@TransactionalEventListener
	void declined(AppealDeclined event) {
		citizen(event.appealId(), "appeals.sms.declined", event.trackingNumber().display(), event.reason());
	}

	@TransactionalEventListener
	void dispatched(AppealDispatched event) {
		safely(() -> {
			String text = text("appeals.sms.dispatched", event.trackingNumber().display(), when(event.signForDeadline()),
					when(event.replyDeadline()));
			notifier.toUnit(event.leadUnitId(), text);
			event.coUnitIds().forEach(unit -> notifier.toUnit(unit, text));
		});
	}

	@TransactionalEventListener
	void extended(AppealExtended event) {
		citizen(event.appealId(), "appeals.sms.extended", event.trackingNumber().display(), event.reason(),
				when(event.replyDeadline()));
	}

	@TransactionalEventListener
	void replied(AppealReplied event) {
		citizen(event.appealId(), "appeals.sms.replied", event.trackingNumber().display());
	}

	@TransactionalEventListener
	void closed(AppealClosed event) {
		if (!event.rated()) {
			citizen(event.appealId(), "appeals.sms.closed", event.trackingNumber().display());
		}
	}

	private void citizen(long appealId, String key, Object... args) {
		safely(() -> {
			AppealCase appeal = cases.load(appealId);
			if (appeal.citizenMobile() != null && !appeal.anonymous()) {
				notifier.toCitizen(appeal.citizenMobile(), text(key, args));
			}
		});
		// a failed SMS must not keep the e-mail from going, nor the other way round
		safely(() -> mail.toCitizen(appealId, text("appeals.mail.subject", args[0]), text(key, args)));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	private static String when(Instant instant) {
		return instant == null ? "-" : WHEN.format(instant);
	}

	private static void safely(Runnable send) {
		try {
			send.run();
		}
		catch (RuntimeException ex) {
			log.warn("Appeal notification not sent: {}", ex.toString());
		}
	}

}
