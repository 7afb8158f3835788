package org.onedoor.appeals;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every citizen of a merged group is answered: when the primary is replied, its reply is
 * copied onto each merged appeal in the same transaction (so each tracking page shows it and
 * offers the rating), and after the commit each citizen is told by text message and e-mail,
 * under their own tracking number. When the primary closes, they are told too.
 */
@Component
class MergeGroupNotifications {

	private static final Logger log = LoggerFactory.getLogger(MergeGroupNotifications.class);

	private final JdbcClient jdbc;

	private final AppealNotifier notifier;

	private final AppealMail mail;

	private final MessageSource messages;

	MergeGroupNotifications(JdbcClient jdbc, AppealNotifier notifier, AppealMail mail, MessageSource messages) {
		this.jdbc = jdbc;
		this.notifier = notifier;
		this.mail = mail;
		this.messages = messages;
	}

	/** A merged appeal joined a matter already being handled: the citizen learns its number. */
	record MergeNoticeDue(long appealId, long primaryId) {
	}

	@EventListener
	void copyReply(AppealReplied event) {
		jdbc.sql("""
				update appeals.appeal m set reply = p.reply, replied_at = p.replied_at, updated_at = ?
				from appeals.appeal p where p.id = ? and m.merged_into_id = p.id and m.rating is null""")
			.params(Timestamp.from(event.repliedAt()), event.appealId())
			.update();
	}

	@TransactionalEventListener
	void merged(MergeNoticeDue event) {
		members(event.primaryId()).stream()
			.filter(member -> member.id() == event.appealId())
			.forEach(member -> tell(member, "appeals-intel.sms.merged"));
	}

	@TransactionalEventListener
	void replied(AppealReplied event) {
		members(event.appealId()).forEach(member -> tell(member, "appeals-intel.sms.replied"));
	}

	@TransactionalEventListener
	void closed(AppealClosed event) {
		members(event.appealId()).stream()
			.filter(member -> member.rating() == null)
			.forEach(member -> tell(member, "appeals-intel.sms.closed"));
	}

	record Member(long id, String number, String primaryNumber, String mobile, boolean anonymous, String rating) {
	}

	private List<Member> members(long primaryId) {
		return jdbc.sql("""
				select m.id, m.tracking_number, p.tracking_number, m.citizen_mobile, m.anonymous, m.rating
				from appeals.appeal m join appeals.appeal p on p.id = m.merged_into_id
				where m.merged_into_id = ? order by m.id""")
			.param(primaryId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	private void tell(Member member, String key) {
		String number = new TrackingNumber(member.number()).display();
		String primary = new TrackingNumber(member.primaryNumber()).display();
		String text = messages.getMessage(key, new Object[] { number, primary }, Locale.SIMPLIFIED_CHINESE);
		try {
			if (member.mobile() != null && !member.anonymous()) {
				notifier.toCitizen(member.mobile(), text);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Merged-group notice not sent: {}", ex.toString());
		}
		try {
			mail.toCitizen(member.id(), messages.getMessage("appeals.mail.subject", new Object[] { number },
					Locale.SIMPLIFIED_CHINESE), text);
		}
		catch (RuntimeException ex) {
			log.warn("Merged-group e-mail not sent: {}", ex.toString());
		}
	}

}
