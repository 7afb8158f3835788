package org.onedoor.community;

import java.util.List;

import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents' teams (队伍): kinds, members, join requests and their approval by a leader or organiser. */
@Service
class Teams {

	record Kind(String code, String nameZh, String nameEn) {
	}

	record Team(long id, long communityId, String kindCode, String kindZh, String kindEn, String name,
			String description, long members) {
	}

	record Member(long accountId, String displayName, String role, String status) {
	}

	private static final String TEAM = """
			select t.id, t.community_id, t.kind_code, k.name_zh as kind_zh, k.name_en as kind_en, t.name, t.description,
			  (select count(*) from community.team_member m where m.team_id = t.id and m.status = 'APPROVED') as members
			from community.team t join community.team_kind k on k.code = t.kind_code
			""";

	private final JdbcClient jdbc;

	private final Communities communities;

	Teams(JdbcClient jdbc, Communities communities) {
		this.jdbc = jdbc;
		this.communities = communities;
	}

	List<Kind> kinds() {
		return jdbc.sql("select code, name_zh, name_en from community.team_kind where active order by sort_order")
			.query(Kind.class)
			.list();
	}

	List<Team> of(long communityId) {
		return jdbc.sql(TEAM + " where t.community_id = ? order by k.sort_order, t.id").param(communityId).query(Team.class).list();
	}

	Team find(long id) {
		return jdbc.sql(TEAM + " where t.id = ?")
			.param(id)
			.query(Team.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.team.notFound"));
	}

	List<Member> members(long teamId) {
		return jdbc.sql("""
				select account_id, display_name, role, status from community.team_member
				where team_id = ? and status <> 'DECLINED' order by role, requested_at""")
			.param(teamId)
			.query(Member.class)
			.list();
	}

	@Transactional
	long create(long communityId, String kindCode, String name, String description, SignedIn leader) {
		String cleanName = Texts.required("name", name, 60);
		if (kinds().stream().noneMatch(k -> k.code().equals(kindCode))) {
			throw new InvalidInputException("kind", "community.team.kind.invalid");
		}
		if (jdbc.sql("select count(*) from community.team where community_id = ? and name = ?")
			.params(communityId, cleanName).query(Long.class).single() > 0) {
			throw new InvalidInputException("name", "community.team.name.taken");
		}
		long id = jdbc.sql("""
				insert into community.team(community_id, kind_code, name, description) values (?, ?, ?, ?) returning id""")
			.params(communityId, kindCode, cleanName, Texts.optional("description", description, 1000))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into community.team_member(team_id, account_id, display_name, role, status, decided_at)
				values (?, ?, ?, 'LEADER', 'APPROVED', now())""")
			.params(id, leader.accountId(), leader.displayName())
			.update();
		return id;
	}

	/** A resident asks to join; asking again after a refusal is allowed, asking twice is not counted twice. */
	@Transactional
	void requestToJoin(long teamId, SignedIn person) {
		find(teamId);
		jdbc.sql("""
				insert into community.team_member(team_id, account_id, display_name, role, status)
				values (?, ?, ?, 'MEMBER', 'PENDING')
				on conflict (team_id, account_id) do update set status = 'PENDING', requested_at = now()
				where team_member.status = 'DECLINED'""")
			.params(teamId, person.accountId(), person.displayName())
			.update();
	}

	@Transactional
	void decide(long teamId, long accountId, boolean approve, SignedIn decider) {
		Team team = find(teamId);
		if (!mayManage(team, decider)) {
			throw new AccessDeniedException("not a leader or organiser of this team");
		}
		int changed = jdbc.sql("""
				update community.team_member set status = ?, decided_at = now(), decided_by = ?
				where team_id = ? and account_id = ? and status = 'PENDING'""")
			.params(approve ? "APPROVED" : "DECLINED", decider.accountId(), teamId, accountId)
			.update();
		if (changed == 0) {
			throw new InvalidInputException("accountId", "community.team.noRequest");
		}
	}

	boolean mayManage(Team team, SignedIn person) {
		return communities.organises(person, team.communityId()) || jdbc.sql("""
				select count(*) from community.team_member
				where team_id = ? and account_id = ? and role = 'LEADER' and status = 'APPROVED'""")
			.params(team.id(), person.accountId())
			.query(Long.class)
			.single() > 0;
	}

	/** Join requests waiting for this person to decide. */
	List<Member> pendingFor(long teamId) {
		return members(teamId).stream().filter(m -> m.status().equals("PENDING")).toList();
	}

}
