package org.onedoor.appeals;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every 派单 teaches the classifier: the appeal's text with the first-level category it was
 * dispatched under. A dispatch after a 退单 is recorded as a correction. Stored in the dispatch's
 * own transaction, so an example exists exactly when the dispatch does. An automatic dispatch
 * teaches nothing: the model would only learn what it already believed.
 */
@Component
class RoutingExamples {

	private final CaseStore cases;

	private final RoutingModelStore store;

	private final Clock clock;

	RoutingExamples(CaseStore cases, RoutingModelStore store, Clock clock) {
		this.cases = cases;
		this.store = store;
		this.clock = clock;
	}

	@EventListener
	void on(AppealDispatched dispatched) {
		// an event about an appeal this database does not hold teaches nothing
		cases.find(dispatched.appealId()).ifPresent(this::learnFrom);
	}

	private void learnFrom(AppealCase appeal) {
		if (store.lastStepBy(appeal.id(), AutoDispatch.SYSTEM.name())) {
			return;
		}
		store.firstLevel(appeal.categoryCode())
			.ifPresent(category -> store.addExample(appeal.id(), appeal.title(), appeal.content(), category,
					appeal.returns() > 0 ? "CORRECTION" : "DISPATCH", clock.instant()));
	}

}
