package org.onedoor.identity;

import java.util.Locale;
import java.util.Optional;

import org.onedoor.shared.InvalidInputException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not only digits (birthdays
 * and phone numbers are the first thing guessed) and not the person's own mobile or username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** The bundle key of the first rule the password breaks, empty if it is acceptable. */
	static Optional<String> violation(String password, String... loginNames) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("identity.password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("identity.password.tooLong");
		}
		if (password.chars().allMatch(Character::isDigit)) {
			return Optional.of("identity.password.allDigits");
		}
		String lowered = password.toLowerCase(Locale.ROOT);
		for (String login : loginNames) {
			if (login != null && !login.isBlank() && lowered.contains(login.trim().toLowerCase(Locale.ROOT))) {
				return Optional.of("identity.password.containsLogin");
			}
		}
		return Optional.empty();
	}

	/** @throws InvalidInputException naming {@code parameter} and the broken rule */
	static void require(String parameter, String password, String... loginNames) {
		violation(password, loginNames).ifPresent(key -> {
			throw new InvalidInputException(parameter, key, MIN_LENGTH);
		});
	}

}
