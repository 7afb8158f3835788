package org.onedoor.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Neighbours' ideas (金点子): proposed by a resident, supported by neighbours (one support each),
 * answered by an organiser within the time limit. An adopted idea becomes an activity that
 * credits its proposer.
 */
@Service
class Ideas {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	record Idea(long id, long communityId, String communityName, long proposerAccountId, String proposerName,
			String title, String description, IdeaStatus status, java.time.Instant proposedAt, LocalDate answerDue,
			java.time.Instant answeredAt, String answeredBy, String answerReason, Long mergedIntoId, Long activityId,
			long supports) {

		public boolean overdue(LocalDate today) {
			return IdeaTimeLimit.overdue(status, answerDue, today);
		}

		public LocalDate proposedOn() {
			return proposedAt.atZone(ZONE).toLocalDate();
		}

		public LocalDate answeredOn() {
			return answeredAt == null ? null : answeredAt.atZone(ZONE).toLocalDate();
		}

	}

	private static final String SELECT = """
			select i.id, i.community_id, c.name as community_name, i.proposer_account_id, i.proposer_name, i.title,
			  i.description, i.status, i.proposed_at, i.answer_due, i.answered_at, i.answered_by, i.answer_reason,
			  i.merged_into_id, (select a.id from community.activity a where a.idea_id = i.id) as activity_id,
			  (select count(*) from community.idea_support s where s.idea_id = i.id) as supports
			from community.idea i join community.community c on c.id = i.community_id
			""";

	private final JdbcClient jdbc;

	private final Communities communities;

	private final IdeaTimeLimit timeLimit;

	private final Clock clock;

	Ideas(JdbcClient jdbc, Communities communities, WorkingCalendar calendar, Clock clock,
			@Value("${onedoor.community.idea-answer-working-days:10}") int answerWorkingDays) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.timeLimit = new IdeaTimeLimit(calendar, answerWorkingDays);
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	LocalDate dueFor(LocalDate proposedOn) {
		return timeLimit.dueFor(proposedOn);
	}

	@Transactional
	long propose(long communityId, String title, String description, SignedIn proposer) {
		communities.byId(communityId);
		String cleanTitle = Texts.required("title", title, 100);
		String cleanDescription = Texts.required("description", description, 2000);
		return jdbc.sql("""
				insert into community.idea(community_id, proposer_account_id, proposer_name, title, description, status, answer_due)
				values (?, ?, ?, ?, ?, 'OPEN', ?) returning id""")
			.params(communityId, proposer.accountId(), proposer.displayName(), cleanTitle, cleanDescription,
					timeLimit.dueFor(today()))
			.query(Long.class)
			.single();
	}

	/** @return whether the support counted (false when this resident had already supported the idea) */
	@Transactional
	boolean support(long ideaId, SignedIn resident) {
		Idea idea = find(ideaId);
		if (idea.proposerAccountId() == resident.accountId()) {
			throw new InvalidInputException("ideaId", "community.idea.support.own");
		}
		return jdbc.sql("""
				insert into community.idea_support(idea_id, account_id) values (?, ?)
				on conflict (idea_id, account_id) do nothing""")
			.params(ideaId, resident.accountId())
			.update() == 1;
	}

	boolean supports(long ideaId, long accountId) {
		return jdbc.sql("select count(*) from community.idea_support where idea_id = ? and account_id = ?")
			.params(ideaId, accountId).query(Long.class).single() > 0;
	}

	/** Merges or declines, always with a reason the proposer can read. Adoption goes through {@link #adopt}. */
	@Transactional
	void answer(long ideaId, IdeaStatus answer, String reason, Long mergedInto, SignedIn organiser) {
		Idea idea = openIdeaFor(ideaId, organiser);
		String cleanReason = Texts.required("reason", reason, 1000);
		if (answer == IdeaStatus.MERGED) {
			if (mergedInto == null || mergedInto == ideaId || find(mergedInto).communityId() != idea.communityId()) {
				throw new InvalidInputException("mergedInto", "community.idea.mergedInto.invalid");
			}
		}
		else if (answer != IdeaStatus.DECLINED) {
			throw new InvalidInputException("answer", "community.idea.answer.invalid");
		}
		record(ideaId, answer, cleanReason, answer == IdeaStatus.MERGED ? mergedInto : null, organiser);
	}

	/** Marks the idea adopted; the caller creates its activity in the same transaction. */
	@Transactional
	Idea adopt(long ideaId, String reason, SignedIn organiser) {
		Idea idea = openIdeaFor(ideaId, organiser);
		record(ideaId, IdeaStatus.ADOPTED, Texts.required("reason", reason, 1000), null, organiser);
		return idea;
	}

	private Idea openIdeaFor(long ideaId, SignedIn organiser) {
		Idea idea = find(ideaId);
		if (!communities.organises(organiser, idea.communityId())) {
			throw new AccessDeniedException("not an organiser of this community");
		}
		if (idea.status().answered()) {
			throw new InvalidInputException("ideaId", "community.idea.alreadyAnswered");
		}
		return idea;
	}

	private void record(long ideaId, IdeaStatus status, String reason, Long mergedInto, SignedIn organiser) {
		int changed = jdbc.sql("""
				update community.idea set status = ?, answer_reason = ?, merged_into_id = ?, answered_at = now(), answered_by = ?
				where id = ? and status = 'OPEN'""")
			.params(status.name(), reason, mergedInto, organiser.displayName(), ideaId)
			.update();
		if (changed == 0) {
			throw new InvalidInputException("ideaId", "community.idea.alreadyAnswered");
		}
	}

	Idea find(long id) {
		return jdbc.sql(SELECT + " where i.id = ?")
			.param(id)
			.query(Idea.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.idea.notFound"));
	}

	List<Idea> of(long communityId, int limit) {
		return jdbc.sql(SELECT + " where i.community_id = ? order by i.status = 'OPEN' desc, i.proposed_at desc limit ?")
			.params(communityId, limit)
			.query(Idea.class)
			.list();
	}

	/** Open ideas of the communities, the oldest due first: what the organiser must answer next. */
	List<Idea> open(List<Long> communityIds) {
		if (communityIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where i.status = 'OPEN' and i.community_id in (:ids) order by i.answer_due, i.id")
			.param("ids", communityIds)
			.query(Idea.class)
			.list();
	}

	long overdueCount(List<Long> communityIds) {
		if (communityIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from community.idea where status = 'OPEN' and answer_due < :today and community_id in (:ids)")
			.param("today", today())
			.param("ids", communityIds)
			.query(Long.class)
			.single();
	}

}
