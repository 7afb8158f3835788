package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.onedoor.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访评价: the citizen rates a replied appeal (满意 / 基本满意 / 不满意, optional comment), on
 * the tracking page or by telling an operator on a follow-up call. The appeal closes; a second
 * rating is refused by the lifecycle because it is no longer REPLIED.
 */
@Service
class RateAppeal {

	static final int COMMENT_MAX = 500;

	private final AppealTransitions transitions;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RateAppeal(AppealTransitions transitions, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.transitions = transitions;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void rate(DeskAppeal appeal, Rating rating, String comment, Actor actor, boolean byCall) {
		if (rating == null) {
			throw new InvalidInputException("rating", "appeals.desk.rate.required");
		}
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (note != null && note.length() > COMMENT_MAX) {
			throw new InvalidInputException("comment", "appeals.intake.tooLong", COMMENT_MAX);
		}
		transitions.move(appeal.id(), null, AppealAction.RATE, actor, null, true);
		Instant now = clock.instant();
		jdbc.sql("update appeals.appeal set rating = ?, rated_at = ?, closed_at = ? where id = ?")
			.params(rating.name(), Timestamp.from(now), Timestamp.from(now), appeal.id())
			.update();
		jdbc.sql("insert into appeals.rating_note(appeal_id, comment, via, recorded_by_account_id) values (?, ?, ?, ?) "
				+ "on conflict (appeal_id) do update set comment = excluded.comment, via = excluded.via, "
				+ "recorded_by_account_id = excluded.recorded_by_account_id")
			.params(appeal.id(), note, byCall ? "CALL" : "PAGE", byCall ? actor.accountId() : null)
			.update();
		events.publishEvent(new AppealRated(appeal.id(), appeal.trackingNumber(), rating, byCall, now));
		Long unit = jdbc.sql("select lead_unit_id from appeals.appeal where id = ?")
			.param(appeal.id())
			.query(Long.class)
			.optional()
			.orElse(null);
		events.publishEvent(new AppealClosed(appeal.id(), appeal.trackingNumber(), unit, now, true));
	}

}
