package org.onedoor.identity;

import org.onedoor.shared.InvalidInputException;

/** How a person is addressed: required, at most {@value #MAX_LENGTH} characters, no control characters. */
final class DisplayName {

	static final int MAX_LENGTH = 30;

	private DisplayName() {
	}

	static String require(String typed) {
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("displayName", "identity.name.required");
		}
		if (name.codePointCount(0, name.length()) > MAX_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("displayName", "identity.name.invalid", MAX_LENGTH);
		}
		return name;
	}

}
