package org.onedoor.applications;

/** The applicant rated a completed application (好差评); {@code bad} opens a rectification. */
public record ApplicationRated(String number, long unitId, int overall, boolean bad) {
}
