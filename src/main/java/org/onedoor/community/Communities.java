package org.onedoor.community;

import java.util.List;
import java.util.Optional;

import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finding communities and deciding who organises which. */
@Service
class Communities {

	private static final String COLUMNS = "id, code, name, division_code, unit_id, federation_id, motto";

	private final JdbcClient jdbc;

	Communities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Community> all() {
		return jdbc.sql("select " + COLUMNS + " from community.community order by id").query(Community.class).list();
	}

	Community byCode(String code) {
		return jdbc.sql("select " + COLUMNS + " from community.community where code = ?")
			.param(code)
			.query(Community.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.notFound"));
	}

	Community byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from community.community where id = ?")
			.param(id)
			.query(Community.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.notFound"));
	}

	/** The communities a person organises: organisers of the service point the community is tied to. */
	List<Community> organisedBy(SignedIn person) {
		if (!person.has(Role.COMMUNITY_ORGANISER) || person.unitId() == null) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from community.community where unit_id = ? order by id")
			.param(person.unitId())
			.query(Community.class)
			.list();
	}

	boolean organises(SignedIn person, long communityId) {
		return organisedBy(person).stream().anyMatch(c -> c.id() == communityId);
	}

	/** The community a staff member works in (organisers and volunteers sit at its service point). */
	Optional<Community> servedBy(SignedIn person) {
		if (person.unitId() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from community.community where unit_id = ? order by id limit 1")
			.param(person.unitId())
			.query(Community.class)
			.optional();
	}

	List<CommunitySummary> summaries() {
		return jdbc.sql("""
				select c.code, c.name, c.division_code,
				  (select count(*) from community.team t where t.community_id = c.id) as teams,
				  (select count(distinct m.account_id) from community.team_member m join community.team t on t.id = m.team_id
				     where t.community_id = c.id and m.status = 'APPROVED') as members,
				  (select count(*) from community.activity a where a.community_id = c.id and not a.cancelled) as activities,
				  (select count(*) from community.idea i where i.community_id = c.id) as ideas,
				  coalesce((select sum(h.hours) from community.hour_claim h
				     where h.community_id = c.id and h.transfer_id is not null), 0) as volunteer_hours
				from community.community c order by c.id""")
			.query(CommunitySummary.class)
			.list();
	}

	CommunitySummary summaryOf(String code) {
		return summaries().stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("community.notFound"));
	}

}
