package org.onedoor.network;

import org.onedoor.directory.DivisionCode;

/**
 * How far a point is from where the citizen lives, by the division tree alone: 0 in the same
 * division, 1 in a village of the chosen township, then one step per level up (township 1 …
 * province); {@code -1} when the point is neither in, below nor above the division.
 */
final class Nearness {

	private Nearness() {
	}

	static int distance(DivisionCode home, DivisionCode point) {
		if (home.equals(point)) {
			return 0;
		}
		if (point.isWithin(home)) {
			return 1;
		}
		if (home.isWithin(point)) {
			return home.level().ordinal() - point.level().ordinal() + 1;
		}
		return -1;
	}

}
