package org.onedoor.appeals;

import java.time.Instant;

/** What a channel tells the citizen right after registering: the number to follow it by. */
public record RegisteredAppeal(long id, TrackingNumber trackingNumber, Instant registeredAt) {
}
