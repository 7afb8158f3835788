package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onedoor.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复查 / 复核: a petitioner not satisfied with the written reply asks, within 30 days of it, for
 * a review (复查) of the original petition, or for a re-check (复核) of a review. The request
 * is recorded and registered as a new petition linked to the one it is about; the work module
 * owns its deadlines (it reads the link and the request time).
 */
@Service
class PetitionReviewRequest {

	static final Duration WINDOW = Duration.ofDays(30);

	/** 复查 of a first petition, 复核 of a review. */
	enum Kind {
		REVIEW, RECHECK
	}

	private final Appeals appeals;

	private final JdbcClient jdbc;

	private final Clock clock;

	PetitionReviewRequest(Appeals appeals, JdbcClient jdbc, Clock clock) {
		this.appeals = appeals;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Which request the petitioner may make now, if any. */
	Optional<Kind> possible(DeskAppeal original) {
		if (original.channel() != Channel.PETITION || original.status() != AppealStatus.CLOSED
				|| original.repliedAt() == null || clock.instant().isAfter(original.repliedAt().plus(WINDOW))) {
			return Optional.empty();
		}
		Kind kind = kindOf(original.id()).map(k -> k == Kind.REVIEW ? Kind.RECHECK : null).orElse(Kind.REVIEW);
		if (kind == null || alreadyRequested(original.id())) {
			return Optional.empty();
		}
		return Optional.of(kind);
	}

	@Transactional
	RegisteredAppeal request(DeskAppeal original, String reason, Actor actor) {
		Kind kind = possible(original)
			.orElseThrow(() -> new InvalidInputException("reason", "appeals.desk.review.notPossible"));
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "appeals.desk.review.reasonRequired");
		}
		if (reason.strip().length() > 2000) {
			throw new InvalidInputException("reason", "appeals.intake.tooLong", 2000);
		}
		String prefix = kind == Kind.REVIEW ? "复查申请：" : "复核申请：";
		String title = (prefix + original.title());
		NewAppeal linked = NewAppeal.on(Channel.PETITION, original.type())
			.petition(original.petitionType())
			.about(title.length() > 200 ? title.substring(0, 200) : title,
					reason.strip() + "\n\n（原信访件 " + original.trackingNumber().display() + "）")
			.category(original.categoryCode())
			.place(original.divisionCode(), original.address())
			.citizen(original.citizenName(), original.citizenMobile(), original.citizenIdNumber())
			.citizenAccount(original.citizenAccountId())
			.confidential(original.confidential())
			.build();
		RegisteredAppeal registered = appeals.register(linked, actor);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into appeals.review_request(original_appeal_id, linked_appeal_id, kind, reason, requested_at)
				values (?, ?, ?, ?, ?)""")
			.params(original.id(), registered.id(), kind.name(), reason.strip(), Timestamp.from(now))
			.update();
		jdbc.sql("insert into appeals.petition_intake(appeal_id, form) values (?, 'ONLINE')").param(registered.id()).update();
		return registered;
	}

	/** Whether this appeal itself was registered as a review or re-check request. */
	private Optional<Kind> kindOf(long appealId) {
		List<String> kinds = jdbc.sql("select kind from appeals.review_request where linked_appeal_id = ?")
			.param(appealId)
			.query(String.class)
			.list();
		return kinds.stream().findFirst().map(Kind::valueOf);
	}

	private boolean alreadyRequested(long appealId) {
		return jdbc.sql("select count(*) from appeals.review_request where original_appeal_id = ?")
			.param(appealId)
			.query(Long.class)
			.single() > 0;
	}

}
