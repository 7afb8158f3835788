package org.onedoor.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.onedoor.audit.AuditLog;
import org.onedoor.identity.Accounts;
import org.onedoor.identity.AccountSummary;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.MobileNumber;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The care roster of elderly people living alone, their carers and visits, seen only by those who care. */
@Service
class ElderCare {

	private static final String SELECT = """
			select e.id, e.community_id, c.name as community_name, c.division_code, e.name, e.birth_year, e.living,
			  e.address, e.contact_name, e.contact_mobile, e.needs, e.risk, e.registered_at,
			  (select max(v.visited_on) from community.visit v where v.elder_id = e.id) as last_visit
			from community.elder e join community.community c on c.id = e.community_id
			where e.active and """ + ElderVisibility.CONDITION;

	record Alert(Elder elder, VisitDue due) {
	}

	record NewElder(String name, Integer birthYear, String living, String address, String contactName,
			String contactMobile, String needs, Risk risk) {
	}

	private final JdbcClient jdbc;

	private final Communities communities;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	ElderCare(JdbcClient jdbc, Communities communities, Accounts accounts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Ideas.ZONE));
	}

	List<Elder> roster(SignedIn viewer) {
		return jdbc.sql(SELECT + " order by e.risk = 'HIGH' desc, e.id")
			.params(scope(viewer))
			.query(Elder.class)
			.list();
	}

	/** @throws NotFoundException also when the person exists but the viewer may not see them */
	Elder find(long id, SignedIn viewer) {
		return jdbc.sql(SELECT + " and e.id = :id")
			.params(scope(viewer))
			.param("id", id)
			.query(Elder.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.elder.notFound"));
	}

	/** Everyone on the viewer's roster whose visit is overdue, the longest overdue first. */
	List<Alert> overdue(SignedIn viewer) {
		LocalDate today = today();
		return roster(viewer).stream()
			.map(e -> new Alert(e, e.due(today)))
			.filter(a -> a.due().overdue())
			.sorted((a, b) -> Long.compare(b.due().daysOverdue(), a.due().daysOverdue()))
			.toList();
	}

	List<Visit> visits(long elderId, SignedIn viewer) {
		find(elderId, viewer);
		return jdbc.sql("""
				select id, elder_id, visitor_name, visited_on, method, minutes, findings, needs_government, appeal_tracking_number
				from community.visit where elder_id = ? order by visited_on desc, id desc""")
			.param(elderId)
			.query(Visit.class)
			.list();
	}

	List<AccountSummary> carers(long elderId, SignedIn viewer) {
		find(elderId, viewer);
		return accounts.findAll(jdbc.sql("select account_id from community.elder_carer where elder_id = ?")
			.param(elderId).query(Long.class).list());
	}

	/** The full contact number, for a call; recorded in the audit trail. */
	@Transactional
	String revealMobile(long elderId, SignedIn viewer) {
		Elder elder = find(elderId, viewer);
		audit.record("personal-data.revealed", "community.elder", Long.toString(elderId), "contact mobile");
		return elder.contactMobile().trim();
	}

	@Transactional
	long register(long communityId, NewElder form, SignedIn organiser) {
		if (!communities.organises(organiser, communityId)) {
			throw new AccessDeniedException("not an organiser of this community");
		}
		String name = Texts.required("name", form.name(), 60);
		if (form.birthYear() == null || form.birthYear() < 1900 || form.birthYear() > today().getYear() - 60) {
			throw new InvalidInputException("birthYear", "community.elder.birthYear.range");
		}
		MobileNumber mobile = MobileNumber.parse(form.contactMobile())
			.orElseThrow(() -> new InvalidInputException("contactMobile", "community.elder.mobile.invalid"));
		if (!"ALONE".equals(form.living()) && !"EMPTY_NEST".equals(form.living())) {
			throw new InvalidInputException("living", "community.elder.living.invalid");
		}
		if (form.risk() == null) {
			throw new InvalidInputException("risk", "community.input.required");
		}
		long id = jdbc.sql("""
				insert into community.elder(community_id, name, birth_year, living, address, contact_name, contact_mobile, needs, risk)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, name, form.birthYear(), form.living(), Texts.required("address", form.address(), 200),
					Texts.required("contactName", form.contactName(), 60), mobile.value(),
					Texts.optional("needs", form.needs(), 1000), form.risk().name())
			.query(Long.class)
			.single();
		audit.record("community.elder.registered", "community.elder", Long.toString(id), "risk " + form.risk());
		return id;
	}

	@Transactional
	void assign(long elderId, long accountId, SignedIn organiser) {
		Elder elder = find(elderId, organiser);
		if (!communities.organises(organiser, elder.communityId())) {
			throw new AccessDeniedException("only the community's organisers assign carers");
		}
		AccountSummary carer = accounts.find(accountId)
			.filter(a -> a.staff() && a.enabled())
			.orElseThrow(() -> new InvalidInputException("accountId", "community.elder.carer.invalid"));
		jdbc.sql("insert into community.elder_carer(elder_id, account_id) values (?, ?) on conflict do nothing")
			.params(elderId, carer.id())
			.update();
		audit.record("community.elder.carer-assigned", "community.elder", Long.toString(elderId), "account " + accountId);
	}

	/** Staff of the community's service point who may be assigned: volunteers and organisers. */
	List<AccountSummary> assignable(Elder elder) {
		Long unitId = communities.byId(elder.communityId()).unitId();
		return unitId == null ? List.of() : accounts.staffOf(unitId);
	}

	Map<String, Object> scope(SignedIn viewer) {
		return Map.of("viewer", viewer.accountId(), "organised", ElderVisibility.organised(communities.organisedBy(viewer)));
	}

	static boolean volunteers(SignedIn person) {
		return person.has(Role.VOLUNTEER);
	}

}
