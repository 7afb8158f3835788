package org.onedoor.community;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities: planning them and their figures. Registration lives in {@link Registrations}. */
@Service
class Activities {

	static final String SELECT = """
			select a.id, a.community_id, c.name as community_name, a.team_id, t.name as team_name, a.idea_id,
			  a.credited_name, a.title, a.description, a.place, a.starts_at, a.ends_at, a.capacity, a.cancelled,
			  a.report, a.reported_at,
			  (select count(*) from community.registration r where r.activity_id = a.id and r.status = 'CONFIRMED') as confirmed,
			  (select count(*) from community.registration r where r.activity_id = a.id and r.status = 'WAITING') as waiting,
			  (select count(*) from community.registration r where r.activity_id = a.id and r.checked_in_at is not null) as checked_in
			from community.activity a join community.community c on c.id = a.community_id
			left join community.team t on t.id = a.team_id
			""";

	record MonthFigures(String month, long activities, long participants) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Communities communities;

	private final Clock clock;

	Activities(JdbcClient jdbc, Communities communities, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.clock = clock;
	}

	@Transactional
	long create(long communityId, NewActivity form, Long ideaId, String creditedName, SignedIn organiser) {
		if (!communities.organises(organiser, communityId)) {
			throw new AccessDeniedException("not an organiser of this community");
		}
		NewActivity activity = form.checked();
		if (activity.teamId() != null && jdbc.sql("select count(*) from community.team where id = ? and community_id = ?")
			.params(activity.teamId(), communityId).query(Long.class).single() == 0) {
			throw new InvalidInputException("teamId", "community.team.notFound");
		}
		return insert(communityId, activity, ideaId, creditedName, organiser.accountId());
	}

	/** Stores a checked activity; also used by the demo seed, which has no signed-in organiser. */
	long insert(long communityId, NewActivity activity, Long ideaId, String creditedName, Long createdBy) {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return jdbc.sql("""
				insert into community.activity(community_id, team_id, idea_id, credited_name, title, description, place,
				  starts_at, ends_at, capacity, checkin_key, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, activity.teamId(), ideaId, creditedName, activity.title(), activity.description(),
					activity.place(), activity.startsAt().atZone(NewActivity.ZONE).toOffsetDateTime(),
					activity.endsAt().atZone(NewActivity.ZONE).toOffsetDateTime(), activity.capacity(),
					HexFormat.of().formatHex(key), createdBy)
			.query(Long.class)
			.single();
	}

	Activity find(long id) {
		return jdbc.sql(SELECT + " where a.id = ?")
			.param(id)
			.query(Activity.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.activity.notFound"));
	}

	List<Activity> upcoming(long communityId, int limit) {
		return jdbc.sql(SELECT + " where a.community_id = ? and a.ends_at >= ? and not a.cancelled order by a.starts_at limit ?")
			.params(communityId, Instant.now(clock).atOffset(java.time.ZoneOffset.UTC), limit)
			.query(Activity.class)
			.list();
	}

	List<Activity> past(long communityId, int limit) {
		return jdbc.sql(SELECT + " where a.community_id = ? and a.ends_at < ? order by a.starts_at desc limit ?")
			.params(communityId, Instant.now(clock).atOffset(java.time.ZoneOffset.UTC), limit)
			.query(Activity.class)
			.list();
	}

	List<Activity> ofTeam(long teamId) {
		return jdbc.sql(SELECT + " where a.team_id = ? order by a.starts_at desc limit 20").param(teamId).query(Activity.class).list();
	}

	/** Activities held and people taking part, by month (Beijing time), the last twelve months with any. */
	List<MonthFigures> byMonth(long communityId) {
		return jdbc.sql("""
				select to_char(a.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(distinct a.id) as activities,
				  count(r.id) as participants
				from community.activity a
				left join community.registration r on r.activity_id = a.id
				  and (r.checked_in_at is not null or (r.status = 'CONFIRMED' and a.ends_at > now()))
				where a.community_id = ? and not a.cancelled
				group by 1 order by 1 desc limit 12""")
			.param(communityId)
			.query(MonthFigures.class)
			.list();
	}

	@Transactional
	void report(long activityId, String text, SignedIn organiser) {
		Activity activity = find(activityId);
		if (!communities.organises(organiser, activity.communityId())) {
			throw new AccessDeniedException("not an organiser of this community");
		}
		if (!activity.startsAt().isBefore(Instant.now(clock))) {
			throw new InvalidInputException("report", "community.activity.report.notYet");
		}
		jdbc.sql("update community.activity set report = ?, reported_at = now() where id = ?")
			.params(Texts.required("report", text, 3000), activityId)
			.update();
	}

	String checkinKey(long activityId) {
		return jdbc.sql("select checkin_key from community.activity where id = ?").param(activityId).query(String.class).single();
	}

}
