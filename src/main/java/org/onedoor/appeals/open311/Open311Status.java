package org.onedoor.appeals.open311;

import org.onedoor.appeals.AppealStatus;

/** GeoReport v2 knows two states: an appeal is closed once closed, declined or merged, open otherwise. */
enum Open311Status {

	OPEN, CLOSED;

	static Open311Status of(AppealStatus status) {
		return status.isOpen() ? OPEN : CLOSED;
	}

	String wire() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
