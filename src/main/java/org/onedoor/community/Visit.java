package org.onedoor.community;

import java.time.LocalDate;

record Visit(long id, long elderId, String visitorName, LocalDate visitedOn, String method, int minutes,
		String findings, boolean needsGovernment, String appealTrackingNumber) {
}
