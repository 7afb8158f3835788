package org.onedoor.community;

import java.math.BigDecimal;

/**
 * A time bank keeps at most a configured number of stored hours per member, so hours are
 * spent on care rather than hoarded, and the community's promise stays one it can keep.
 */
record HourCap(BigDecimal cap) {

	HourCap {
		if (cap == null || cap.signum() <= 0) {
			throw new IllegalArgumentException("hour cap must be positive");
		}
	}

	boolean allows(BigDecimal balance, BigDecimal earned) {
		return balance.add(earned).compareTo(cap) <= 0;
	}

}
