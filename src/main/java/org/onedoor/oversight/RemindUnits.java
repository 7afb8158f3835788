package org.onedoor.oversight;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onedoor.identity.SignedIn;
import org.onedoor.oversight.StaffContacts.Contact;
import org.onedoor.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 from the board: the supervisor reminds the people responsible for several open stages at
 * once (the responsible person and the unit head, or the centre's dispatchers), in the console and
 * by text.
 */
@Service
class RemindUnits {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private record OpenStage(long appealId, String trackingNumber, String stage, long unitId, Long responsibleAccountId,
			Instant deadline, String divisionCode) {
	}

	private final JdbcClient jdbc;

	private final OrderSteps steps;

	private final Recipients recipients;

	private final MessageSource messages;

	RemindUnits(JdbcClient jdbc, OrderSteps steps, Recipients recipients, MessageSource messages) {
		this.jdbc = jdbc;
		this.steps = steps;
		this.recipients = recipients;
		this.messages = messages;
	}

	/** @return how many appeals were reminded about */
	@Transactional
	int remind(List<Long> appealIds) {
		SignedIn me = steps.access.me();
		Set<Long> wanted = new LinkedHashSet<>(appealIds == null ? List.of() : appealIds);
		wanted.remove(null);
		if (wanted.isEmpty() || wanted.size() > 200) {
			throw new InvalidInputException("appealIds", wanted.isEmpty() ? "oversight.order.noAppeals"
					: "oversight.order.tooMany", 200);
		}
		List<OpenStage> stages = jdbc.sql("""
				select appeal_id, tracking_number, stage, unit_id, responsible_account_id, deadline, division_code
				from oversight.stage_clock where appeal_id in (:ids) and open order by tracking_number""")
			.param("ids", wanted)
			.query(OpenStage.class)
			.list();
		if (stages.size() != wanted.size()) {
			throw new InvalidInputException("appealIds", "oversight.order.notOpen");
		}
		Instant now = steps.now();
		for (OpenStage stage : stages) {
			if (!steps.access.supervises(me, stage.divisionCode())) {
				throw new AccessDeniedException("appeal " + stage.appealId() + " is outside this supervisor's division");
			}
			List<Contact> people = recipients.ofStage(stage.stage(), stage.unitId(), stage.responsibleAccountId());
			String zh = text(stage, me, Locale.SIMPLIFIED_CHINESE);
			String en = text(stage, me, Locale.ENGLISH);
			for (Contact person : people) {
				jdbc.sql("""
						insert into oversight.notice(account_id, appeal_id, kind, text_zh, text_en, created_at)
						values (?, ?, 'REMINDER', ?, ?, ?)""")
					.params(person.accountId(), stage.appealId(), zh, en, StageClocks.utc(now))
					.update();
			}
			steps.notices.textAfterCommit(people, zh);
			steps.audit.record("oversight.reminded", "appeal", stage.trackingNumber(), stage.stage());
		}
		return stages.size();
	}

	private String text(OpenStage stage, SignedIn me, Locale locale) {
		String deadline = WHEN.format(stage.deadline().atZone(WarningNotices.CHINA));
		String stageName = messages.getMessage("oversight.stage." + stage.stage(), null, locale);
		String text = messages.getMessage("oversight.notice.reminder",
				new Object[] { stage.trackingNumber().trim(), stageName, deadline, me.displayName() }, locale);
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

}
