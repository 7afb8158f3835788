package org.onedoor.calendar;

import java.time.OffsetDateTime;

/** A year whose State Council notice has been entered, and by whom. */
record PublishedYear(int year, String source, OffsetDateTime importedAt, String importedBy, int holidays, int workdays) {
}
