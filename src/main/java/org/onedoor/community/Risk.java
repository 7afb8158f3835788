package org.onedoor.community;

/** How much an elderly person's situation worries the community; decides how often someone visits. */
enum Risk {

	HIGH, MEDIUM, LOW;

	public VisitFrequency frequency() {
		return switch (this) {
			case HIGH -> VisitFrequency.WEEKLY;
			case MEDIUM -> VisitFrequency.MONTHLY;
			case LOW -> VisitFrequency.QUARTERLY;
		};
	}

}
