package org.onedoor.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

import org.onedoor.appeals.Actor;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;
import org.onedoor.appeals.RegisteredAppeal;
import org.onedoor.audit.AuditLog;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit logs. A volunteer's visit becomes an hour claim (the volunteer's side confirmed by
 * logging it); a finding that needs the government becomes an appeal with one click.
 */
@Service
class Visits {

	static final Set<String> METHODS = Set.of("HOME", "PHONE", "VIDEO", "ESCORT");

	record NewVisit(LocalDate visitedOn, String method, Integer minutes, String findings, boolean needsGovernment) {
	}

	private final JdbcClient jdbc;

	private final ElderCare care;

	private final Appeals appeals;

	private final AuditLog audit;

	Visits(JdbcClient jdbc, ElderCare care, Appeals appeals, AuditLog audit) {
		this.jdbc = jdbc;
		this.care = care;
		this.appeals = appeals;
		this.audit = audit;
	}

	@Transactional
	long log(long elderId, NewVisit form, SignedIn visitor) {
		Elder elder = care.find(elderId, visitor);
		if (form.visitedOn() == null || form.visitedOn().isAfter(care.today())
				|| form.visitedOn().isBefore(care.today().minusDays(30))) {
			throw new InvalidInputException("visitedOn", "community.visit.date.range", 30);
		}
		if (!METHODS.contains(form.method())) {
			throw new InvalidInputException("method", "community.visit.method.invalid");
		}
		if (form.minutes() == null || form.minutes() < 5 || form.minutes() > 720) {
			throw new InvalidInputException("minutes", "community.visit.minutes.range", 5, 720);
		}
		long id = jdbc.sql("""
				insert into community.visit(elder_id, visitor_account_id, visitor_name, visited_on, method, minutes, findings, needs_government)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(elderId, visitor.accountId(), visitor.displayName(), form.visitedOn(), form.method(), form.minutes(),
					Texts.required("findings", form.findings(), 2000), form.needsGovernment())
			.query(Long.class)
			.single();
		if (ElderCare.volunteers(visitor)) {
			jdbc.sql("""
					insert into community.hour_claim(community_id, volunteer_account_id, volunteer_name, hours, visit_id,
					  description, volunteer_confirmed_at)
					values (?, ?, ?, ?, ?, ?, now())""")
				.params(elder.communityId(), visitor.accountId(), visitor.displayName(), hours(form.minutes()), id,
						"探访 " + elder.maskedName() + " " + form.visitedOn())
				.update();
		}
		return id;
	}

	/** Half hours, rounded up: what time banks usually credit. */
	static BigDecimal hours(int minutes) {
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(30), 0, RoundingMode.CEILING)
			.multiply(new BigDecimal("0.5"))
			.setScale(2);
	}

	/** Files the visit's finding as a request for help on the elderly person's behalf; once per visit. */
	@Transactional
	String raiseAppeal(long visitId, SignedIn filer) {
		long elderId = jdbc.sql("select elder_id from community.visit where id = ?")
			.param(visitId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.visit.notFound"));
		Elder elder = care.find(elderId, filer);
		Visit visit = jdbc.sql("""
				select id, elder_id, visitor_name, visited_on, method, minutes, findings, needs_government, appeal_tracking_number
				from community.visit where id = ? for update""")
			.param(visitId)
			.query(Visit.class)
			.single();
		if (visit.appealTrackingNumber() != null) {
			throw new InvalidInputException("visitId", "community.visit.appeal.already");
		}
		NewAppeal appeal = NewAppeal.on(Channel.WALK_IN, AppealType.REQUEST_FOR_HELP)
			.about(Texts.optional("title", "独居老人探访发现：" + firstLine(visit.findings()), 200),
					visit.findings() + "\n\n（" + visit.visitorName() + " 于 " + visit.visitedOn() + " 探访时发现，社区代为提交）")
			.citizen(elder.name(), elder.contactMobile().trim(), null)
			.place(elder.divisionCode(), elder.address())
			.filedBy(filer.accountId(), true)
			.build();
		RegisteredAppeal registered = appeals.register(appeal,
				new Actor(filer.displayName(), filer.accountId(), filer.unitId()));
		String number = registered.trackingNumber().value();
		jdbc.sql("update community.visit set appeal_tracking_number = ?, needs_government = true where id = ?")
			.params(number, visitId)
			.update();
		audit.record("community.visit.appeal-raised", "community.visit", Long.toString(visitId), number);
		return number;
	}

	private static String firstLine(String text) {
		String line = text.strip().split("\\R", 2)[0];
		return line.length() > 40 ? line.substring(0, 40) + "…" : line;
	}

}
