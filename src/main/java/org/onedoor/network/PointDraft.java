package org.onedoor.network;

import java.math.BigDecimal;
import java.util.List;

import org.onedoor.directory.Division;

/** A point's details after every check passed, ready to store. */
record PointDraft(String name, Division division, String unitCode, String address, BigDecimal latitude,
		BigDecimal longitude, String phone, OpeningHours hours, int terminals, boolean agentService,
		List<String> items) {

	PointKind kind() {
		return PointKind.at(division.level());
	}

}
