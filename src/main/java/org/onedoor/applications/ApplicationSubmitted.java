package org.onedoor.applications;

/** An application reached the window (first time or after a one-time notice). */
public record ApplicationSubmitted(String number, String itemCode, long hallUnitId, Channel channel) {
}
