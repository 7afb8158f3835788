package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.onedoor.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 当场答复: a consultation the operator answered during the call from the knowledge base is
 * registered, closed at once with that answer as the reply, and counted for the answer; all in
 * one transaction, so a refused step leaves no half-registered appeal.
 */
@Service
class AnswerOnSpot {

	private final DeskIntake intake;

	private final AppealTransitions transitions;

	private final KnowledgeBase knowledgeBase;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AnswerOnSpot(DeskIntake intake, AppealTransitions transitions, KnowledgeBase knowledgeBase, JdbcClient jdbc,
			Clock clock, ApplicationEventPublisher events) {
		this.intake = intake;
		this.transitions = transitions;
		this.knowledgeBase = knowledgeBase;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	RegisteredAppeal answer(NewAppeal appeal, long kbAnswerId, Actor operator, List<MultipartFile> files) {
		if (appeal.type() != AppealType.CONSULTATION) {
			throw new InvalidInputException("type", "appeals.desk.hotline.spotOnlyConsultation");
		}
		KnowledgeBase.Answer answer = knowledgeBase.find(kbAnswerId)
			.orElseThrow(() -> new InvalidInputException("kbAnswerId", "appeals.desk.kb.notFound"));
		RegisteredAppeal registered = intake.register(appeal, operator, files);
		transitions.move(registered.id(), null, AppealAction.ANSWER_ON_SPOT, operator, answer.title(), true);
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("update appeals.appeal set reply = ?, replied_at = ?, closed_at = ? where id = ?")
			.params(answer.answer(), now, now, registered.id())
			.update();
		jdbc.sql("insert into appeals.spot_answer(appeal_id, kb_answer_id, answered_at) values (?, ?, ?)")
			.params(registered.id(), kbAnswerId, now)
			.update();
		knowledgeBase.counted(kbAnswerId);
		// answered during the call: closed at once and counted like any other completed appeal
		events.publishEvent(new AppealClosed(registered.id(), registered.trackingNumber(), null, now.toInstant(), false));
		return registered;
	}

}
