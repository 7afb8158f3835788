package org.onedoor.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): six digits of the division of
 * first registration, eight of the birth date, three of sequence (odd for men), and a check
 * character computed by ISO 7064 MOD 11-2 ('X' stands for ten).
 */
public record ResidentIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	public ResidentIdNumber {
		if (!valid(value)) {
			throw new IllegalArgumentException("not a resident identity number");
		}
	}

	public static Optional<ResidentIdNumber> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String normalized = input.trim().toUpperCase(Locale.ROOT);
		return valid(normalized) ? Optional.of(new ResidentIdNumber(normalized)) : Optional.empty();
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
				Integer.parseInt(value.substring(12, 14)));
	}

	/** 110105********1234: enough for the holder to recognise it, not enough to misuse it. */
	public String masked() {
		return value.substring(0, 6) + "********" + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static boolean valid(String candidate) {
		if (candidate == null || !candidate.matches("[1-9]\\d{16}[\\dX]")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
		}
		if (CHECK.charAt(sum % 11) != candidate.charAt(17)) {
			return false;
		}
		try {
			LocalDate born = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
					Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
			return born.getYear() >= 1880 && !born.isAfter(LocalDate.now());
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
