package org.onedoor.calendar;

/** A unit that keeps its own office hours, for the administrator's list. */
record UnitOfficeHours(long unitId, String unitName, String sessions) {
}
