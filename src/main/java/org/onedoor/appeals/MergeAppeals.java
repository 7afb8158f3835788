package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Clock;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合并 / 撤销合并: links an appeal to the matter it duplicates, and undoes the link. A merged
 * appeal is not worked on by itself (the lifecycle allows it no dispatch); its citizen follows
 * the primary and is answered with it. Always the group's primary: merging into an appeal that
 * is itself merged goes to its primary, so a group is one level deep. Every link and unlink is
 * audited.
 */
@Service
class MergeAppeals {

	private final AppealTransitions transitions;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MergeAppeals(AppealTransitions transitions, JdbcClient jdbc, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.transitions = transitions;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** @return the id of the primary the appeal now belongs to */
	@Transactional
	long merge(long appealId, long intoId, Actor actor, String reason) {
		long primary = primaryOf(intoId);
		if (primary == appealId) {
			throw new InvalidInputException("intoId", "appeals-intel.merge.self");
		}
		String primaryNumber = number(primary);
		transitions.move(appealId, null, AppealAction.MERGE, actor, reason == null ? primaryNumber : primaryNumber + " " + reason,
				true);
		jdbc.sql("update appeals.appeal set merged_into_id = ? where id = ? or merged_into_id = ?")
			.params(primary, appealId, appealId)
			.update();
		decide(appealId, intoId, "MERGED", actor);
		audit.record("appeals.merged", "appeal", number(appealId), "into " + primaryNumber);
		events.publishEvent(new MergeGroupNotifications.MergeNoticeDue(appealId, primary));
		events.publishEvent(new AppealMerged(appealId, primary, clock.instant()));
		return primary;
	}

	/** Undoes a link: the appeal is registered again, to be accepted and dispatched on its own. */
	@Transactional
	void unmerge(long appealId, Actor actor, String reason) {
		String number = number(appealId);
		Long primary = jdbc.sql("select merged_into_id from appeals.appeal where id = ?")
			.param(appealId)
			.query((rs, n) -> java.util.Optional.ofNullable((Long) rs.getObject(1)))
			.single()
			.orElse(null);
		if (primary == null) {
			throw new InvalidInputException("appealId", "appeals-intel.merge.notMerged");
		}
		transitions.move(appealId, null, AppealAction.UNMERGE, actor, reason, true);
		jdbc.sql("update appeals.appeal set merged_into_id = null where id = ?").param(appealId).update();
		decide(appealId, primary, "SEPARATE", actor);
		audit.record("appeals.unmerged", "appeal", number, "from " + number(primary) + (reason == null ? "" : ": " + reason));
		events.publishEvent(new AppealUnmerged(appealId, primary, clock.instant()));
	}

	/** A person looked at a candidate and decided it is another matter. */
	@Transactional
	void keepSeparate(long appealId, long candidateId, Actor actor) {
		decide(appealId, candidateId, "SEPARATE", actor);
		audit.record("appeals.kept-separate", "appeal", number(appealId), "not " + number(candidateId));
	}

	private void decide(long appealId, long candidateId, String decision, Actor actor) {
		jdbc.sql("""
				update appeals.duplicate_candidate set decision = ?, decided_by = ?, decided_at = ?
				where appeal_id = ? and candidate_id = ?""")
			.params(decision, actor.name(), Timestamp.from(clock.instant()), appealId, candidateId)
			.update();
	}

	private long primaryOf(long appealId) {
		return jdbc.sql("select coalesce(merged_into_id, id) from appeals.appeal where id = ?")
			.param(appealId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("appeals.notFound"));
	}

	String number(long appealId) {
		return jdbc.sql("select tracking_number from appeals.appeal where id = ?")
			.param(appealId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("appeals.notFound"));
	}

}
