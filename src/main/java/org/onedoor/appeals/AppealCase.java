package org.onedoor.appeals;

import java.time.Instant;
import java.util.List;

/**
 * An appeal as staff work on it: everything the use cases and pages need, including personal
 * data, so it never leaves the module (pages mask it through {@link CitizenVisibility}).
 */
record AppealCase(long id, TrackingNumber trackingNumber, Channel channel, AppealType type, PetitionType petitionType,
		Urgency urgency, String categoryCode, String divisionCode, String title, String content, String address,
		String citizenName, String citizenMobile, String citizenIdNumber, boolean anonymous, boolean confidential,
		AppealStatus status, int version, Long leadUnitId, List<Long> coUnitIds, Long responsibleAccountId,
		String responsibleName, Instant registeredAt, Instant acceptedAt, Instant dispatchedAt, Instant signedForAt,
		Instant repliedAt, Instant closedAt, Instant stageDeadline, Instant replyDeadline, Instant clockStoppedAt,
		boolean extensionRequested, Integer extensionDays, String extensionReason, int extensions, int returns,
		int reminders, int reopens, int reviewLevel, String reply, Rating rating, String declineReason) {

	AppealFacts facts() {
		return new AppealFacts(channel, type, petitionType, urgency, categoryCode);
	}

	/** Whether the unit is the lead unit or a co-unit. */
	boolean concerns(Long unitId) {
		return unitId != null && (unitId.equals(leadUnitId) || coUnitIds.contains(unitId));
	}

	/** When the current stage started, for the share of time used. */
	Instant stageStartedAt() {
		return switch (status) {
			case REGISTERED -> registeredAt;
			case ACCEPTED -> acceptedAt;
			case DISPATCHED -> dispatchedAt;
			case SIGNED_FOR, WAITING_FOR_CITIZEN -> signedForAt;
			case REPLIED -> repliedAt;
			default -> null;
		};
	}

}
