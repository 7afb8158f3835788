package org.onedoor.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node's own count of look-ups per address within the period, the cheap first tier of
 * {@link LookUpLimit}. Bounded: with more addresses than {@link #MAX_ADDRESSES} in play
 * (someone rotating addresses), every look-up goes to the shared count instead.
 */
final class LocalLookUps {

	static final int MAX_ADDRESSES = 100_000;

	private record Count(Instant since, long lookUps) {
	}

	private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration period;

	private final int allowance;

	LocalLookUps(Clock clock, Duration period, int allowance) {
		this.clock = clock;
		this.period = period;
		this.allowance = allowance;
	}

	/**
	 * Counts one look-up. @return how many look-ups the shared count must be charged now: 0 within
	 * the allowance, all counted so far on the first look-up beyond it, then 1 each.
	 */
	long count(String address) {
		if (allowance <= 0 || counts.size() >= MAX_ADDRESSES && !counts.containsKey(address)) {
			return 1;
		}
		Instant now = clock.instant();
		Count count = counts.compute(address, (key, old) -> old == null || !now.isBefore(old.since().plus(period))
				? new Count(now, 1) : new Count(old.since(), old.lookUps() + 1));
		if (count.lookUps() <= allowance) {
			return 0;
		}
		return count.lookUps() == allowance + 1 ? count.lookUps() : 1;
	}

	void forgetExpired() {
		Instant now = clock.instant();
		counts.values().removeIf(count -> !now.isBefore(count.since().plus(period)));
	}

}
