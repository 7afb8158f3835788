package org.onedoor.community;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.onedoor.shared.InvalidInputException;

/** The organiser's form for an activity; checked before anything is stored. */
record NewActivity(String title, String description, String place, LocalDateTime startsAt, LocalDateTime endsAt,
		Integer capacity, Long teamId) {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	NewActivity checked() {
		String cleanTitle = Texts.required("title", title, 100);
		String cleanPlace = Texts.required("place", place, 200);
		String cleanDescription = Texts.optional("description", description, 2000);
		if (startsAt == null) {
			throw new InvalidInputException("startsAt", "community.input.required");
		}
		if (endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("endsAt", "community.activity.endsBeforeStart");
		}
		if (capacity == null || capacity < 1 || capacity > 10000) {
			throw new InvalidInputException("capacity", "community.activity.capacity.range", 1, 10000);
		}
		return new NewActivity(cleanTitle, cleanDescription, cleanPlace, startsAt, endsAt, capacity, teamId);
	}

}
