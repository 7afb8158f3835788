package org.onedoor.shared;

import java.util.Optional;

/** A mainland China mobile number: eleven digits starting 13–19. */
public record MobileNumber(String value) {

	public MobileNumber {
		if (value == null || !value.matches("1[3-9]\\d{9}")) {
			throw new IllegalArgumentException("not a mobile number");
		}
	}

	/** Forgives spaces, hyphens and a +86 / 0086 prefix, as people write them. */
	public static Optional<MobileNumber> parse(String input) {
		if (input == null || input.length() > 30) {
			return Optional.empty();
		}
		String digits = input.replaceAll("[\\s\\-()]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		return digits.matches("1[3-9]\\d{9}") ? Optional.of(new MobileNumber(digits)) : Optional.empty();
	}

	/** 138****5678 */
	public String masked() {
		return value.substring(0, 3) + "****" + value.substring(7);
	}

	public String lastFour() {
		return value.substring(7);
	}

	@Override
	public String toString() {
		return masked();
	}

}
