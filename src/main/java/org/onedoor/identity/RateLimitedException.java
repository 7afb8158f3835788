package org.onedoor.identity;

import java.time.Duration;

/** Too many attempts of something rate-limited; try again after {@link #retryAfter()}. */
class RateLimitedException extends RuntimeException {

	private final Duration retryAfter;

	RateLimitedException(Duration retryAfter) {
		super("Rate limited for " + retryAfter);
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

	long minutes() {
		return ProblemAnswers.minutes(retryAfter);
	}

	long seconds() {
		return Math.max(1, retryAfter.toSeconds());
	}

}
