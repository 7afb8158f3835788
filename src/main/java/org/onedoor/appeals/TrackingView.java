package org.onedoor.appeals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onedoor.directory.Directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a citizen sees of their appeal: status, the public steps (which unit, which step, when;
 * never a staff member's name), the reply, the deadline and the time left, the rating.
 */
@Component
class TrackingView {

	/** One public step. {@code unit} is the unit's name, or null for the hotline's own steps. */
	record Step(String action, String toStatus, String unit, Instant at) {
	}

	/** The page's (and the API's) whole answer. */
	record Tracked(DeskAppeal appeal, List<Step> steps, Duration timeLeft, String comment,
			List<AttachmentStore.Listed> attachments, PetitionReviewRequest.Kind reviewPossible) {

		public boolean ratable() {
			// a merged appeal is answered with its primary's reply and rated by its own citizen
			return appeal.status() == AppealStatus.REPLIED || appeal.status() == AppealStatus.MERGED
					&& appeal.reply() != null && appeal.rating() == null;
		}

		public boolean overdue() {
			return timeLeft != null && timeLeft.isNegative();
		}

		public long daysLeft() {
			return timeLeft == null ? 0 : Math.abs(timeLeft.toDays());
		}

		public long hoursLeft() {
			return timeLeft == null ? 0 : Math.abs(timeLeft.toHours() % 24);
		}

	}

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AttachmentStore attachments;

	private final PetitionReviewRequest reviews;

	private final Clock clock;

	TrackingView(JdbcClient jdbc, Directory directory, AttachmentStore attachments, PetitionReviewRequest reviews,
			Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.attachments = attachments;
		this.reviews = reviews;
		this.clock = clock;
	}

	Tracked of(DeskAppeal appeal) {
		List<Step> steps = steps(appeal);
		Duration left = appeal.status().isOpen() && appeal.deadline() != null
				? Duration.between(clock.instant(), appeal.deadline()) : null;
		String comment = jdbc.sql("select comment from appeals.rating_note where appeal_id = ?")
			.param(appeal.id())
			.query(String.class)
			.optional()
			.orElse(null);
		Optional<PetitionReviewRequest.Kind> review = reviews.possible(appeal);
		return new Tracked(appeal, steps, left, comment, attachments.of(appeal.id()), review.orElse(null));
	}

	/** The public steps, oldest first. */
	private List<Step> steps(DeskAppeal appeal) {
		List<UnitStep> steps = jdbc.sql("""
				select action, to_status, unit_id, occurred_at from appeals.appeal_transition
				where appeal_id = ? and public order by id""")
			.param(appeal.id())
			.query((rs, n) -> {
				long unit = rs.getLong("unit_id");
				return new UnitStep(rs.getString("action"), rs.getString("to_status"), rs.wasNull() ? null : unit,
						rs.getTimestamp("occurred_at").toInstant());
			})
			.list();
		return named(steps, directory);
	}

	/** A public step as stored: the unit by id. */
	record UnitStep(String action, String toStatus, Long unitId, Instant at) {
	}

	/** The steps with their units' names, read in one query for the whole timeline. */
	static List<Step> named(List<UnitStep> steps, Directory directory) {
		Map<Long, String> names = directory.unitNames(
				steps.stream().map(UnitStep::unitId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return steps.stream()
			.map(s -> new Step(s.action(), s.toStatus(), s.unitId() == null ? null : names.get(s.unitId()), s.at()))
			.toList();
	}

}
