package org.onedoor.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onedoor.applications.Satisfaction.Indicator;
import org.onedoor.audit.AuditLog;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评 and the follow-up of every 差评: the applicant rates a completed application once; a
 * 差评 opens a rectification due in {@code onedoor.applications.rectification-days} working days
 * (5 by default). The unit head records the follow-up call (回访核实) and the rectification
 * (整改); a supervisor covering the unit closes it.
 */
@Service
class ApplicationReviews {

	record Rectification(long id, String number, String itemName, long unitId, LocalDate openedOn, LocalDate dueOn,
			String state, String verificationNote, String rectificationNote, LocalDate rectifiedOn, String comment,
			int overall) {
	}

	private final JdbcClient jdbc;

	private final ApplicationStore store;

	private final ApplicationAccess access;

	private final CurrentUser current;

	private final ApplicationDeadlines deadlines;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final int rectificationDays;

	ApplicationReviews(JdbcClient jdbc, ApplicationStore store, ApplicationAccess access, CurrentUser current, ApplicationDeadlines deadlines,
			AuditLog audit, ApplicationEventPublisher events,
			@Value("${onedoor.applications.rectification-days:5}") int rectificationDays) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.current = current;
		this.deadlines = deadlines;
		this.audit = audit;
		this.events = events;
		this.rectificationDays = rectificationDays;
	}

	@Transactional
	void rate(String number, SignedIn me, int overall, Map<Indicator, Integer> scores, String comment) {
		Application a = store.lock(number);
		if (!access.isApplicant(a, me)) {
			throw new NotFoundException("applications.notFound", number);
		}
		if (a.state() != ApplicationState.COMPLETED) {
			throw new InvalidInputException("state", "applications.review.notCompleted");
		}
		if (reviewed(a.id())) {
			throw new InvalidInputException("state", "applications.review.once");
		}
		Satisfaction.check(overall, scores);
		String note = comment == null ? null : comment.strip();
		if (note != null && note.length() > 500) {
			throw new InvalidInputException("comment", "applications.review.comment");
		}
		LocalDate today = deadlines.today();
		long review = jdbc.sql("""
				insert into applications.review(application_id, unit_id, rated_on, overall, comment)
				values (?, ?, ?, ?, ?) returning id""").params(a.id(), a.unitId(), today, overall, note)
			.query(Long.class).single();
		scores.forEach((indicator, score) -> jdbc.sql("""
				insert into applications.review_score(review_id, indicator, score) values (?, ?, ?)""")
			.params(review, indicator.name(), score).update());
		boolean bad = Satisfaction.isBad(overall, scores);
		if (bad) {
			jdbc.sql("""
					insert into applications.rectification(review_id, unit_id, opened_on, due_on, state)
					values (?, ?, ?, ?, 'OPEN')""")
				.params(review, a.unitId(), today, deadlines.plus(today, rectificationDays)).update();
		}
		audit.record("applications.rated", "application", number, overall + (bad ? " 差评" : ""));
		events.publishEvent(new ApplicationRated(number, a.unitId(), overall, bad));
	}

	boolean reviewed(long applicationId) {
		return jdbc.sql("select count(*) from applications.review where application_id = ?").param(applicationId)
			.query(Integer.class).single() > 0;
	}

	/** Rectifications of units the signed-in head or supervisor covers, open ones first. */
	List<Rectification> visibleTo(SignedIn me) {
		return all().stream().filter(r -> current.canActFor(r.unitId())).toList();
	}

	/** 回访核实 then 整改 by the unit head; closing by a supervisor once rectified. */
	@Transactional
	void advance(long id, SignedIn me, String note) {
		Rectification r = all().stream().filter(x -> x.id() == id).findFirst()
			.filter(x -> current.canActFor(x.unitId()))
			.orElseThrow(() -> new NotFoundException("applications.rectification.notFound", String.valueOf(id)));
		String clean = note == null ? "" : note.strip();
		if (clean.isEmpty() || clean.length() > 1000) {
			throw new InvalidInputException("note", "applications.rectification.note");
		}
		switch (r.state()) {
			case "OPEN" -> {
				requireRole(me, Role.UNIT_HEAD);
				jdbc.sql("update applications.rectification set state = 'VERIFIED', verification_note = ? where id = ?")
					.params(clean, id).update();
			}
			case "VERIFIED" -> {
				requireRole(me, Role.UNIT_HEAD);
				jdbc.sql("""
						update applications.rectification set state = 'RECTIFIED', rectification_note = ?, rectified_on = ?
						where id = ?""").params(clean, deadlines.today(), id).update();
			}
			case "RECTIFIED" -> {
				requireRole(me, Role.SUPERVISOR);
				jdbc.sql("""
						update applications.rectification set state = 'CLOSED', closed_on = ?, closed_by = ? where id = ?""")
					.params(deadlines.today(), me.loginName(), id).update();
			}
			default -> throw new InvalidInputException("state", "applications.rectification.closed");
		}
		audit.record("applications.rectification." + r.state().toLowerCase(java.util.Locale.ROOT), "rectification",
				String.valueOf(id), r.number());
	}

	private static void requireRole(SignedIn me, Role role) {
		if (!me.has(role)) {
			throw new InvalidInputException("role", "applications.rectification.role." + role.name());
		}
	}

	private List<Rectification> all() {
		return jdbc.sql("""
				select r.id, a.number, a.item_name, r.unit_id, r.opened_on, r.due_on, r.state, r.verification_note,
				       r.rectification_note, r.rectified_on, v.comment, v.overall
				from applications.rectification r join applications.review v on v.id = r.review_id
				join applications.application a on a.id = v.application_id
				order by (r.state = 'CLOSED'), r.due_on, r.id limit 500""").query(Rectification.class).list();
	}

}
