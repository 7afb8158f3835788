package org.onedoor.applications;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): registration authority, kind,
 * six-digit division, nine-character organisation code and a check character, all from an
 * alphabet of 31 symbols without I, O, S, V and Z. The check character is
 * {@code 31 - (Σ value×weight mod 31)}, with 31 written as 0.
 */
record CreditCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	CreditCode {
		if (!valid(value)) {
			throw new IllegalArgumentException("not a unified social credit code");
		}
	}

	static Optional<CreditCode> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String normalized = input.strip().toUpperCase(Locale.ROOT);
		return valid(normalized) ? Optional.of(new CreditCode(normalized)) : Optional.empty();
	}

	/** The check character the first 17 characters call for. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

	private static boolean valid(String candidate) {
		if (candidate == null || candidate.length() != 18 || !candidate.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(candidate) == candidate.charAt(17);
	}

}
