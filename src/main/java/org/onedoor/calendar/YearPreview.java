package org.onedoor.calendar;

/**
 * What an upload would do, shown before the administrator confirms.
 *
 * @param file the checked file
 * @param replacing whether the year is already published (then {@code diff} is against it)
 * @param diff the changes
 * @param basedOn fingerprint of the year as the diff saw it
 * @param content the checked days, as CSV, carried by the confirmation form
 */
record YearPreview(YearFile file, boolean replacing, YearDiff diff, String basedOn, String content) {

	public int year() {
		return file.year();
	}

}
