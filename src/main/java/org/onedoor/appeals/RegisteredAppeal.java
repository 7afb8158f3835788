package org.onedoor.appeals;

import java.time.Instant;

/**
 * What a channel tells the citizen right after registering: the number to follow it by, and
 * — when the appeal was recognised as a matter already being handled — the number of that
 * appeal ({@code mergedInto}, else {@code null}), whose updates and reply the citizen gets.
 */
public record RegisteredAppeal(long id, TrackingNumber trackingNumber, Instant registeredAt, TrackingNumber mergedInto) {

	public RegisteredAppeal(long id, TrackingNumber trackingNumber, Instant registeredAt) {
		this(id, trackingNumber, registeredAt, null);
	}

}
