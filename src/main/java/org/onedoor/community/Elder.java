package org.onedoor.community;

import java.time.LocalDate;

/** A person on the care roster. Only their carers and their community's organisers ever load one. */
record Elder(long id, long communityId, String communityName, String divisionCode, String name, int birthYear,
		String living, String address, String contactName, String contactMobile, String needs, Risk risk,
		LocalDate registeredAt, LocalDate lastVisit) {

	public VisitDue due(LocalDate today) {
		return VisitDue.of(risk, registeredAt, lastVisit, today);
	}

	public String maskedName() {
		return org.onedoor.identity.Masking.name(name);
	}

	public String maskedMobile() {
		return org.onedoor.identity.Masking.mobile(contactMobile == null ? null : contactMobile.trim());
	}

}
