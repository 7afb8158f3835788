package org.onedoor.network;

import java.util.List;

import org.onedoor.directory.DivisionLevel;

/**
 * How far the network reaches in a division: townships with a 便民服务中心 of all townships,
 * villages with a 便民服务站 of all villages, for the division and for each division directly below.
 *
 * @param children the same figures per child division (their own children left empty)
 */
public record Coverage(String code, String name, DivisionLevel level, long townships, long townshipsCovered,
		long villages, long villagesCovered, List<Coverage> children) {

	public Coverage {
		children = List.copyOf(children);
	}

	/** Covered townships in per cent, one decimal; 0 when there are none. */
	public double townshipPercent() {
		return percent(townshipsCovered, townships);
	}

	public double villagePercent() {
		return percent(villagesCovered, villages);
	}

	private static double percent(long part, long whole) {
		return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

}
