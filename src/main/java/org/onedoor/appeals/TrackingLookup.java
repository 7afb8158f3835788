package org.onedoor.appeals;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Finds an appeal by tracking number and the last four digits of the citizen's mobile. A
 * malformed number, an unknown one and a wrong last four all answer the same "not found", so
 * the answer never tells which part was wrong.
 */
@Service
class TrackingLookup {

	/** Too many look-ups from one address. */
	static class TooMany extends RuntimeException {

		private final transient Duration retryAfter;

		TooMany(Duration retryAfter) {
			super("tracking look-ups rate-limited");
			this.retryAfter = retryAfter;
		}

		long seconds() {
			return Math.max(1, retryAfter.toSeconds());
		}

		long minutes() {
			return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		}

	}

	private final DeskQueries queries;

	private final TrackingRateLimit limit;

	TrackingLookup(DeskQueries queries, TrackingRateLimit limit) {
		this.queries = queries;
		this.limit = limit;
	}

	Optional<DeskAppeal> find(String number, String lastFour, String address) {
		limit.tryLookUp(address).ifPresent(wait -> {
			throw new TooMany(wait);
		});
		return TrackingNumber.parse(number).flatMap(queries::byNumber).filter(a -> a.mobileEndsWith(lastFour));
	}

}
