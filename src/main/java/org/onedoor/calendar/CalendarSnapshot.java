package org.onedoor.calendar;

import java.util.Map;

/** Everything the calendar answers from, as loaded at one database revision. */
record CalendarSnapshot(long revision, HolidaySchedule schedule, Map<Long, OfficeHours> unitHours) {

	CalendarSnapshot {
		unitHours = Map.copyOf(unitHours);
	}

	OfficeHours hoursOf(Long unitId) {
		return unitId == null ? OfficeHours.DEFAULT : unitHours.getOrDefault(unitId, OfficeHours.DEFAULT);
	}

	WorkingClock clock(Long unitId) {
		return new WorkingClock(schedule, hoursOf(unitId));
	}

}
