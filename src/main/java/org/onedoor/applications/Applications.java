package org.onedoor.applications;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask of online applications: where one stands, by its number. */
@Service
public class Applications {

	/** An application as other modules see it: no personal data. */
	public record ApplicationSummary(String number, String itemCode, String itemName, long unitId, Channel channel,
			ApplicationState state, LocalDate submittedOn, LocalDate completedOn, String resultNumber) {
	}

	private final ApplicationStore store;

	Applications(ApplicationStore store) {
		this.store = store;
	}

	public Optional<ApplicationSummary> summary(String number) {
		return store.find(number)
			.map(a -> new ApplicationSummary(a.number(), a.itemCode(), a.itemName(), a.unitId(), a.channel(), a.state(),
					a.submittedOn(), a.completedOn(), a.resultNumber()));
	}

}
