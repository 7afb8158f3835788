package org.onedoor.identity;

import java.util.Objects;

/**
 * A 12-digit division code read as a place in the hierarchy: a province keeps 2 significant
 * digits (the rest zeros), a city 4, a county 6, a township 9, a village all 12. A division
 * contains another when the other's code starts with its significant digits.
 */
public final class DivisionCode {

	private final String code;

	private final int significantDigits;

	private DivisionCode(String code) {
		this.code = code;
		this.significantDigits = significantDigitsOf(code);
	}

	/** @throws IllegalArgumentException unless {@code code} is 12 digits naming a province or below */
	public static DivisionCode of(String code) {
		if (!isValid(code)) {
			throw new IllegalArgumentException("Not a 12-digit division code: " + code);
		}
		return new DivisionCode(code.trim());
	}

	public static boolean isValid(String code) {
		if (code == null) {
			return false;
		}
		String trimmed = code.trim();
		return trimmed.matches("[1-9][0-9]{11}");
	}

	/** 2 (province), 4 (city), 6 (county), 9 (township) or 12 (village). */
	public int significantDigits() {
		return significantDigits;
	}

	public String prefix() {
		return code.substring(0, significantDigits);
	}

	/** True for itself and every division inside it. */
	public boolean contains(DivisionCode other) {
		return other.code.startsWith(prefix()) && other.significantDigits >= significantDigits;
	}

	public boolean contains(String otherCode) {
		return isValid(otherCode) && contains(of(otherCode));
	}

	public String value() {
		return code;
	}

	private static int significantDigitsOf(String code) {
		if (code.substring(2).chars().allMatch(c -> c == '0')) {
			return 2;
		}
		if (code.substring(4).chars().allMatch(c -> c == '0')) {
			return 4;
		}
		if (code.substring(6).chars().allMatch(c -> c == '0')) {
			return 6;
		}
		if (code.substring(9).chars().allMatch(c -> c == '0')) {
			return 9;
		}
		return 12;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DivisionCode that && code.equals(that.code);
	}

	@Override
	public int hashCode() {
		return Objects.hash(code);
	}

	@Override
	public String toString() {
		return code;
	}

}
