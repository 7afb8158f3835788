package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Clock;

import org.onedoor.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an appeal one step: locks the row, checks the version the person saw (so two people
 * never overwrite each other), asks {@link Lifecycle} whether the step is allowed, and records
 * it in the history. Use cases call it first and then store what their step adds (the unit,
 * the reply, the rating) in the same transaction.
 */
@Component
class AppealTransitions {

	private final JdbcClient jdbc;

	private final AppealStore store;

	private final Clock clock;

	AppealTransitions(JdbcClient jdbc, AppealStore store, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
	}

	/** The result of a step: where the appeal was, where it is, and its new version. */
	record Moved(long appealId, AppealStatus from, AppealStatus to, int version) {
	}

	/**
	 * @param expectedVersion the version the person's page showed, or {@code null} for system steps
	 * @param publicStep whether the citizen's timeline shows this step
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Moved move(long appealId, Integer expectedVersion, AppealAction action, Actor actor, String reason,
			boolean publicStep) {
		var current = jdbc.sql("select status, version from appeals.appeal where id = ? for update")
			.param(appealId)
			.query((rs, row) -> new Moved(appealId, AppealStatus.valueOf(rs.getString(1)), null, rs.getInt(2)))
			.optional()
			.orElseThrow(() -> new NotFoundException("appeals.notFound"));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new OptimisticLockingFailureException("appeal " + appealId + " changed meanwhile");
		}
		AppealStatus to = Lifecycle.require(current.from(), action);
		int version = current.version() + 1;
		jdbc.sql("update appeals.appeal set status = ?, version = ?, updated_at = ? where id = ?")
			.params(to.name(), version, Timestamp.from(clock.instant()), appealId)
			.update();
		store.recordTransition(appealId, action.name(), current.from(), to, actor, reason, publicStep);
		return new Moved(appealId, current.from(), to, version);
	}

}
