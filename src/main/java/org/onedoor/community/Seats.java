package org.onedoor.community;

/** Whether a new registration gets a seat or a place on the waiting list. */
final class Seats {

	private Seats() {
	}

	static RegistrationStatus forNewcomer(int capacity, int confirmed) {
		return confirmed < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
	}

	/** How many from the waiting list move up when seats free up (or capacity grows). */
	static int toPromote(int capacity, int confirmed, int waiting) {
		return Math.max(0, Math.min(capacity - confirmed, waiting));
	}

}
