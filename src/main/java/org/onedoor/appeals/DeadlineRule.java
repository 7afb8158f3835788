package org.onedoor.appeals;

/**
 * One time limit: for appeals matching every non-null criterion, the stage must be done within
 * {@code amount} {@code unit}s. A category criterion also matches the categories below it.
 */
public record DeadlineRule(Long id, DeadlineStage stage, Channel channel, AppealType type, PetitionType petitionType,
		Urgency urgency, String categoryCode, int amount, DeadlineUnit unit, String note, int version) {

	public static final int MAX_AMOUNT = 1000;

	public boolean matches(DeadlineStage wanted, AppealFacts facts) {
		return stage == wanted && (channel == null || channel == facts.channel())
				&& (type == null || type == facts.type())
				&& (petitionType == null || petitionType == facts.petitionType())
				&& (urgency == null || urgency == facts.urgency())
				&& (categoryCode == null
						|| (facts.categoryCode() != null && facts.categoryCode().startsWith(categoryCode)));
	}

	/**
	 * How specific the rule is: each criterion counts, a deeper category counts more. Category
	 * first, since a rule about one kind of matter is the most deliberate choice an administrator
	 * makes; then petition type, urgency, type and channel.
	 */
	int specificity() {
		int score = 0;
		if (categoryCode != null) {
			score += 1000 * categoryCode.length();
		}
		if (petitionType != null) {
			score += 100;
		}
		if (urgency != null) {
			score += 50;
		}
		if (type != null) {
			score += 20;
		}
		if (channel != null) {
			score += 10;
		}
		return score;
	}

}
