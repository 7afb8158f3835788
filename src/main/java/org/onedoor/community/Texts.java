package org.onedoor.community;

import org.onedoor.shared.InvalidInputException;

/** Checks free text from forms: trimmed, present when needed, within its length, no control characters. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "community.input.required");
		}
		return optional(field, value, max);
	}

	static String optional(String field, String value, int max) {
		if (value == null) {
			return "";
		}
		String clean = value.strip();
		if (clean.length() > max) {
			throw new InvalidInputException(field, "community.input.tooLong", max);
		}
		if (clean.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			throw new InvalidInputException(field, "community.input.controlCharacters");
		}
		return clean;
	}

}
