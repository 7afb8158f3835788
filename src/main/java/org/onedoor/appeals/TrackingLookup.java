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

	private final PublicTracking publicTracking;

	private final TrackingRateLimit limit;

	TrackingLookup(DeskQueries queries, PublicTracking publicTracking, TrackingRateLimit limit) {
		this.queries = queries;
		this.publicTracking = publicTracking;
		this.limit = limit;
	}

	Optional<DeskAppeal> find(String number, String lastFour, String address) {
		charge(address);
		return TrackingNumber.parse(number).flatMap(queries::byNumber).filter(a -> a.mobileEndsWith(lastFour));
	}

	/** The same look-up, same limit and same "not found", for the API: the public fields only. */
	Optional<PublicTracking.Tracked> findPublic(String number, String lastFour, String address) {
		charge(address);
		return TrackingNumber.parse(number)
			.flatMap(publicTracking::find)
			.filter(a -> DeskAppeal.mobileEndsWith(a.mobile(), lastFour));
	}

	private void charge(String address) {
		limit.tryLookUp(address).ifPresent(wait -> {
			throw new TooMany(wait);
		});
	}

}
