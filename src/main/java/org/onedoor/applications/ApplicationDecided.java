package org.onedoor.applications;

/** The approval ended: {@code granted} with the result's number, or refused. */
public record ApplicationDecided(String number, String itemCode, long unitId, boolean granted, String resultNumber) {
}
