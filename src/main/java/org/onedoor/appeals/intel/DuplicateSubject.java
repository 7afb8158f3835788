package org.onedoor.appeals.intel;

import java.time.Instant;

/**
 * One appeal as duplicate matching sees it. Place and caller may be missing (anonymous,
 * hotline without an address); a missing fact neither helps nor hurts.
 *
 * @param divisionCode the 12-digit division code, or {@code null}
 * @param latitude {@code null} when the channel gave no coordinates
 */
public record DuplicateSubject(long id, DuplicateTerms terms, String divisionCode, String address, Double latitude,
		Double longitude, String mobile, Instant at) {

	boolean located() {
		return latitude != null && longitude != null;
	}

}
