package org.onedoor.appeals;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules and every channel ask of appeals. */
@Service
public class Appeals {

	private final RegisterAppeal registration;

	private final AppealQueries queries;

	Appeals(RegisterAppeal registration, AppealQueries queries) {
		this.registration = registration;
		this.queries = queries;
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

}
