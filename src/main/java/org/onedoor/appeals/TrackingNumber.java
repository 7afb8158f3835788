package org.onedoor.appeals;

import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The number a citizen reads over the phone to follow an appeal, e.g. {@code 2611-7K3M-9QX4-T}.
 *
 * <p>Four digits of year and month help an operator place it; eight random symbols (almost 40 bits
 * from a secure generator) make it unguessable; one check symbol catches a misheard or
 * mistyped symbol or two swapped neighbours before any look-up. The 31 symbols are digits and
 * letters without I, L, O, U and V, so nothing reads like something else, and parsing forgives
 * the usual confusions (O→0, I/L→1), case, spaces and hyphens. A prime number of symbols lets a
 * weighted sum modulo 31 catch every such error, which Luhn-style sums cannot.
 */
public record TrackingNumber(String value) {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTWXYZ";

	private static final int RANDOM_SYMBOLS = 8;

	private static final RandomGenerator RANDOM = new SecureRandom();

	public TrackingNumber {
		if (value == null || !valid(value)) {
			throw new IllegalArgumentException("not a tracking number: " + value);
		}
	}

	public static TrackingNumber next(YearMonth month) {
		StringBuilder body = new StringBuilder(String.format(Locale.ROOT, "%02d%02d", month.getYear() % 100,
				month.getMonthValue()));
		for (int i = 0; i < RANDOM_SYMBOLS; i++) {
			body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new TrackingNumber(body.append(checkSymbol(body)).toString());
	}

	/** What a person typed or said, forgiven its case, separators and look-alike letters. */
	public static Optional<TrackingNumber> parse(String input) {
		if (input == null || input.length() > 40) {
			return Optional.empty();
		}
		String normalized = input.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s\\-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		return valid(normalized) ? Optional.of(new TrackingNumber(normalized)) : Optional.empty();
	}

	/** Grouped for reading aloud: 2611-7K3M-9QX4-T. */
	public String display() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
				+ value.substring(12);
	}

	@Override
	public String toString() {
		return display();
	}

	private static boolean valid(String candidate) {
		if (candidate.length() != 4 + RANDOM_SYMBOLS + 1 || !candidate.substring(0, 4).chars().allMatch(Character::isDigit)) {
			return false;
		}
		if (!candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return false;
		}
		return checkSymbol(candidate.substring(0, candidate.length() - 1)) == candidate.charAt(candidate.length() - 1);
	}

	/**
	 * Chooses the symbol that makes the weighted sum of all thirteen symbols (weights 1..13)
	 * divisible by 31: distinct weights below a prime catch every substitution and every swap.
	 */
	private static char checkSymbol(CharSequence body) {
		int n = ALPHABET.length();
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
		}
		int weight = body.length() + 1;
		for (int check = 0; check < n; check++) {
			if ((sum + weight * check) % n == 0) {
				return ALPHABET.charAt(check);
			}
		}
		throw new IllegalStateException("31 is prime, so a check symbol always exists");
	}

}
