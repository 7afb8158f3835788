package org.onedoor.calendar;

/** The year was changed by someone else after the administrator saw the diff they confirmed. */
class CalendarChangedMeanwhile extends RuntimeException {

	CalendarChangedMeanwhile(int year) {
		super("calendar year " + year + " changed since the preview");
	}

}
