package org.onedoor.identity;

import java.util.Locale;

import org.onedoor.shared.InvalidInputException;

/**
 * Staff usernames: 3 to 40 lower-case letters, digits, dots, dashes or underscores, starting
 * with a letter, so a username can never be mistaken for a mobile number on the sign-in form.
 */
final class Usernames {

	private Usernames() {
	}

	static boolean isValid(String username) {
		return username != null && username.matches("[a-z][a-z0-9._-]{2,39}");
	}

	static String require(String typed) {
		String username = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
		if (!isValid(username)) {
			throw new InvalidInputException("username", "identity.username.invalid");
		}
		return username;
	}

}
