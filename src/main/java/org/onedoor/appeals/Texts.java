package org.onedoor.appeals;

import org.onedoor.shared.InvalidInputException;

/** Free text that people type into the work forms: a reason, a reply. */
final class Texts {

	static final int REASON_MAX = 500;

	static final int REPLY_MAX = 5000;

	private Texts() {
	}

	/** The stripped text, or a 400 naming the field when it is missing or too long. */
	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "appeals.work." + field + ".required");
		}
		return optional(field, value, max);
	}

	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidInputException(field, "appeals.intake.tooLong", max);
		}
		return text;
	}

}
