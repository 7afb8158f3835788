package org.onedoor.appeals;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules and every channel ask of appeals. */
@Service
public class Appeals {

	private final RegisterAppeal registration;

	private final AppealQueries queries;

	private final RequestReview review;

	private final CitizenSupplied supplied;

	Appeals(RegisterAppeal registration, AppealQueries queries, RequestReview review, CitizenSupplied supplied) {
		this.registration = registration;
		this.queries = queries;
		this.review = review;
		this.supplied = supplied;
	}

	/**
	 * Registers an appeal from any channel.
	 * @throws AppealNotRegisteredException listing every problem, when the appeal may not be registered
	 */
	public RegisteredAppeal register(NewAppeal appeal, Actor actor) {
		return registration.register(appeal, actor);
	}

	public Optional<AppealSummary> find(TrackingNumber number) {
		return queries.summary(number);
	}

	/**
	 * 复查 (first) or 复核 (second) of a petition's written reply, asked within 30 days of it.
	 * The caller (a petition page) has checked that the person may ask for this appeal.
	 * @return 1 for 复查, 2 for 复核
	 * @throws org.onedoor.shared.InvalidInputException when too late, not a petition, or after a 复核
	 */
	public int requestReview(long appealId, Actor actor, String reason) {
		return review.request(appealId, actor, reason);
	}

	/**
	 * The citizen supplied the material a unit asked for (补充材料): the clock runs again and the
	 * deadlines move on by the office time it stood still.
	 */
	public void citizenSupplied(long appealId, Actor actor, String note) {
		supplied.supplied(appealId, actor, note);
	}

}
