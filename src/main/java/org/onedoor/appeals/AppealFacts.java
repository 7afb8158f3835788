package org.onedoor.appeals;

/** What deadline rules look at to match an appeal. */
public record AppealFacts(Channel channel, AppealType type, PetitionType petitionType, Urgency urgency,
		String categoryCode) {
}
