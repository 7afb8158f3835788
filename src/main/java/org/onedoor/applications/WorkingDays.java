package org.onedoor.applications;

import java.time.LocalDate;

/** The two questions deadline arithmetic asks of the working calendar; pure rules take it as a parameter. */
interface WorkingDays {

	/** The {@code days}-th working day after {@code from}. */
	LocalDate plus(LocalDate from, int days);

	/** Working days after {@code from} up to and including {@code to}. */
	int between(LocalDate from, LocalDate to);

}
