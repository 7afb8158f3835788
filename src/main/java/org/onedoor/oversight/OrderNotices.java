package org.onedoor.oversight;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onedoor.identity.SmsGateway;
import org.onedoor.oversight.StaffContacts.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people about a supervision order in the console, and by text once the change is committed
 * (a rolled-back order texts nobody).
 */
@Component
class OrderNotices {

	private static final Logger log = LoggerFactory.getLogger(OrderNotices.class);

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final SmsGateway sms;

	OrderNotices(JdbcClient jdbc, MessageSource messages, SmsGateway sms) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.sms = sms;
	}

	/** @param args the message's arguments after the order number and its deadline */
	void tell(Collection<Contact> people, SupervisionOrder order, long appealId, String kind, String key, Instant now,
			Object... args) {
		Map<Long, Contact> once = new LinkedHashMap<>();
		people.forEach(person -> once.putIfAbsent(person.accountId(), person));
		Object[] all = new Object[args.length + 2];
		all[0] = order.number();
		all[1] = WHEN.format(order.deadline().atZone(WarningNotices.CHINA));
		System.arraycopy(args, 0, all, 2, args.length);
		String zh = cut(messages.getMessage(key, all, Locale.SIMPLIFIED_CHINESE));
		String en = cut(messages.getMessage(key, all, Locale.ENGLISH));
		for (Contact person : once.values()) {
			jdbc.sql("""
					insert into oversight.notice(account_id, appeal_id, order_id, kind, text_zh, text_en, created_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(person.accountId(), appealId, order.id(), kind, zh, en, StageClocks.utc(now))
				.update();
		}
		textAfterCommit(once.values(), zh);
	}

	/** Texts the people once the current transaction has committed. */
	void textAfterCommit(Collection<Contact> people, String zh) {
		List<String> mobiles = people.stream().map(Contact::mobile).filter(m -> m != null && !m.isBlank()).distinct()
			.toList();
		if (!mobiles.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mobiles.forEach(mobile -> text(mobile, "【一门通】" + zh));
				}
			});
		}
	}

	private void text(String mobile, String text) {
		try {
			sms.send(mobile, text);
		}
		catch (RuntimeException ex) {
			log.warn("Oversight SMS to {} failed: {}", mobile, ex.getMessage());
		}
	}

	private static String cut(String message) {
		return message.length() > 300 ? message.substring(0, 300) : message;
	}

}
