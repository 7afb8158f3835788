package org.onedoor.community;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.onedoor.identity.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds confirmed participants the day before. Each node claims due reminders with
 * {@code for update skip locked} and marks them sent in the same statement, so with two
 * nodes every participant is reminded exactly once.
 */
@Component
class ActivityReminders {

	private static final Logger log = LoggerFactory.getLogger(ActivityReminders.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	record Due(long id, long accountId, String mobile, String title, String place, Instant startsAt) {
	}

	private final JdbcClient jdbc;

	private final SmsGateway sms;

	private final Duration lead;

	ActivityReminders(JdbcClient jdbc, SmsGateway sms,
			@Value("${onedoor.community.reminder-lead:PT24H}") Duration lead) {
		this.jdbc = jdbc;
		this.sms = sms;
		this.lead = lead;
	}

	@Scheduled(fixedDelayString = "${onedoor.community.reminder-check:PT5M}", initialDelayString = "PT1M")
	void run() {
		try {
			int sent = remindDue(Instant.now());
			if (sent > 0) {
				log.info("Sent {} activity reminders", sent);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Activity reminders failed, next run retries: {}", ex.getMessage());
		}
	}

	@Transactional
	int remindDue(Instant now) {
		List<Due> due = jdbc.sql("""
				update community.registration r set reminded_at = now()
				from community.activity a
				where a.id = r.activity_id and r.id in (
				  select r2.id from community.registration r2 join community.activity a2 on a2.id = r2.activity_id
				  where r2.status = 'CONFIRMED' and r2.reminded_at is null and not a2.cancelled
				    and a2.starts_at > :now and a2.starts_at <= :until
				  for update of r2 skip locked)
				returning r.id, r.account_id, r.mobile, a.title, a.place, a.starts_at""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("until", now.plus(lead).atOffset(ZoneOffset.UTC))
			.query(Due.class)
			.list();
		for (Due reminder : due) {
			String when = WHEN.format(reminder.startsAt().atZone(Ideas.ZONE));
			String zh = "活动提醒：" + reminder.title() + "，" + when + "，" + reminder.place() + "。";
			String en = "Reminder: " + reminder.title() + ", " + when + ", " + reminder.place() + ".";
			jdbc.sql("insert into community.notice(account_id, text_zh, text_en) values (?, ?, ?)")
				.params(reminder.accountId(), Texts.optional("text", zh, 300), Texts.optional("text", en, 300))
				.update();
			if (reminder.mobile() != null) {
				sms.send(reminder.mobile().trim(), "【一门通】" + zh);
			}
		}
		return due.size();
	}

}
