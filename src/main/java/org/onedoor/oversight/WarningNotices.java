package org.onedoor.oversight;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.oversight.StaffContacts.Contact;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the console notices of one fired point and says which texts to send once committed. */
@Component
class WarningNotices {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	record Text(String mobile, String text) {
	}

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final Directory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	WarningNotices(JdbcClient jdbc, Recipients recipients, Directory directory, MessageSource messages,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.directory = directory;
		this.messages = messages;
		this.events = events;
	}

	List<Text> fire(WarningSweep.Due point, Instant now) {
		List<Text> texts = new ArrayList<>();
		String deadline = WHEN.format(point.deadline().atZone(CHINA));
		String kind = point.overdue() ? "OVERDUE" : "WARNING";
		String key = point.overdue() ? "oversight.notice.overdue" : "oversight.notice.warning";
		for (Contact person : recipients.ofStage(point.stage(), point.unitId(), point.responsibleAccountId())) {
			texts.addAll(notify(person, point, kind, key, deadline, "", now));
		}
		if (point.overdue()) {
			jdbc.sql("update oversight.stage_clock set overdue_since = ? where appeal_id = ? and round = ?")
				.params(StageClocks.utc(point.deadline()), point.appealId(), point.round())
				.update();
			String unitName = directory.findUnit(point.unitId()).map(Unit::name).orElse("#" + point.unitId());
			Recipients.Escalation escalation = recipients.supervisorsOf(point.unitId());
			for (Contact supervisor : escalation.supervisors()) {
				texts.addAll(notify(supervisor, point, "ESCALATED", "oversight.notice.escalated", deadline, unitName,
						now));
			}
			events.publishEvent(new AppealWentOverdue(point.appealId(), point.trackingNumber(), point.unitId(),
					point.stage(), point.deadline(), escalation.unitId()));
		}
		return texts;
	}

	private List<Text> notify(Contact person, WarningSweep.Due point, String kind, String key, String deadline,
			String unitName, Instant now) {
		String zh = text(key, point, deadline, unitName, ZH);
		String en = text(key, point, deadline, unitName, Locale.ENGLISH);
		jdbc.sql("""
				insert into oversight.notice(account_id, appeal_id, kind, text_zh, text_en, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(person.accountId(), point.appealId(), kind, zh, en, StageClocks.utc(now))
			.update();
		return person.mobile() == null || person.mobile().isBlank() ? List.of()
				: List.of(new Text(person.mobile(), "【一门通】" + zh));
	}

	private String text(String key, WarningSweep.Due point, String deadline, String unitName, Locale locale) {
		String stage = messages.getMessage("oversight.stage." + point.stage(), null, locale);
		String message = messages.getMessage(key,
				new Object[] { point.trackingNumber().trim(), stage, String.valueOf(point.percent()), deadline, unitName },
				locale);
		return message.length() > 300 ? message.substring(0, 300) : message;
	}

}
