package org.onedoor.community;

import java.time.LocalDate;

/** How often an elderly person is visited; calendar periods, because visits are not office work. */
enum VisitFrequency {

	WEEKLY, MONTHLY, QUARTERLY;

	LocalDate nextDue(LocalDate last) {
		return switch (this) {
			case WEEKLY -> last.plusWeeks(1);
			case MONTHLY -> last.plusMonths(1);
			case QUARTERLY -> last.plusMonths(3);
		};
	}

}
