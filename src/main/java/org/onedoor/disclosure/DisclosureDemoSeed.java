package org.onedoor.disclosure;

import java.time.Clock;
import java.time.LocalDate;

import org.onedoor.shared.DemoSeed;

import org.springframework.stereotype.Component;

/**
 * The demo's figures: the demo appeals are written without events, so the figures are rebuilt
 * from the appeals views once, and the last eight weeks are published as they would have been.
 */
@Component
class DisclosureDemoSeed implements DemoSeed {

	static final int WEEKS = 8;

	private final Disclosure disclosure;

	private final WeeklyPublisher publisher;

	private final Clock clock;

	DisclosureDemoSeed(Disclosure disclosure, WeeklyPublisher publisher, Clock clock) {
		this.disclosure = disclosure;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "disclosure-figures";
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public void seed() {
		disclosure.rebuild();
		IsoWeek first = IsoWeek.of(LocalDate.now(clock.withZone(CellMarks.CHINA))).previous();
		for (int i = 1; i < WEEKS; i++) {
			first = first.previous();
		}
		publisher.publishFrom(first, clock.instant());
	}

}
