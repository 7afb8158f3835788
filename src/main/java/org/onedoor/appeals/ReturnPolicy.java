package org.onedoor.appeals;

import java.time.Duration;
import java.util.Optional;

/**
 * 退单: a unit may send back an appeal that is not its business, but only soon after dispatch
 * (so it cannot sit on it first) and only a few times (so it does not bounce for ever).
 */
public record ReturnPolicy(Duration withinWorkingTime, int maxReturns) {

	/** Why the return is refused, as a bundle key; empty when it is allowed. */
	public Optional<String> refusal(Duration workingTimeSinceDispatch, int returnsSoFar) {
		if (returnsSoFar >= maxReturns) {
			return Optional.of("appeals.return.tooMany");
		}
		if (workingTimeSinceDispatch.compareTo(withinWorkingTime) > 0) {
			return Optional.of("appeals.return.tooLate");
		}
		return Optional.empty();
	}

}
