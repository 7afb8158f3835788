package org.onedoor.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onedoor.shared.InvalidInputException;

/**
 * An official 12-digit division code and the arithmetic on it. The code says everything about
 * its place in the hierarchy: 52|01|02|016|001 is province, city, county, township and village,
 * and trailing zero groups mark a higher level (520102000000 is the county 南明区). So "is X
 * inside Y" needs no database.
 *
 * @param value exactly 12 digits
 */
public record DivisionCode(String value) {

	/** Where each level's significant digits end. */
	private static final int[] ENDS = { 2, 4, 6, 9, 12 };

	public DivisionCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a 12-digit division code: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && value.length() == 12 && digits(value) && !value.startsWith("00");
	}

	/** Reads a code given by a person or another system, naming the parameter when it is wrong. */
	public static DivisionCode parse(String parameter, String value) {
		String trimmed = value == null ? null : value.strip();
		if (!isValid(trimmed)) {
			throw new InvalidInputException(parameter, "directory.division.code.invalid", value);
		}
		return new DivisionCode(trimmed);
	}

	/** Pads a short statistical code (2, 4, 6 or 9 digits, as NBS tables print them) to 12. */
	public static DivisionCode fromShort(String digits) {
		return new DivisionCode((digits + "000000000000").substring(0, 12));
	}

	public DivisionLevel level() {
		for (int i = 0; i < ENDS.length - 1; i++) {
			if (value.substring(ENDS[i]).chars().allMatch(c -> c == '0')) {
				return DivisionLevel.values()[i];
			}
		}
		return DivisionLevel.VILLAGE;
	}

	/** The digits that matter at this level: 5201 for 贵阳市, 520102 for 南明区. */
	public String significant() {
		return value.substring(0, ENDS[level().ordinal()]);
	}

	/** The enclosing division, empty for a province. */
	public Optional<DivisionCode> parent() {
		int level = level().ordinal();
		return level == 0 ? Optional.empty() : Optional.of(fromShort(value.substring(0, ENDS[level - 1])));
	}

	/** All enclosing divisions, province first. */
	public List<DivisionCode> ancestors() {
		List<DivisionCode> chain = new ArrayList<>();
		for (Optional<DivisionCode> up = parent(); up.isPresent(); up = up.get().parent()) {
			chain.add(0, up.get());
		}
		return chain;
	}

	/** True when this division is {@code other} or lies inside it. */
	public boolean isWithin(DivisionCode other) {
		return value.startsWith(other.significant());
	}

	/** The first and last 12-digit code that start with the given digits, for range scans. */
	public static String[] prefixRange(String digits) {
		if (digits.isEmpty() || digits.length() > 12 || !digits(digits)) {
			throw new IllegalArgumentException("Not a code prefix: " + digits);
		}
		return new String[] { (digits + "000000000000").substring(0, 12), (digits + "999999999999").substring(0, 12) };
	}

	/** ASCII digits only: Character.isDigit would also accept full-width and Arabic-Indic digits. */
	static boolean digits(String text) {
		return text.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	@Override
	public String toString() {
		return value;
	}

}
