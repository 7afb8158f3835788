package org.onedoor.identity;

import org.onedoor.shared.MobileNumber;
import org.onedoor.shared.ResidentIdNumber;

/**
 * Hides most of a piece of personal data so lists and logs can show which record it is without
 * showing the data itself. Values that do not have the expected shape are hidden completely
 * rather than shown, because a half-masked surprise is a leak.
 */
public final class Masking {

	private static final String HIDDEN = "****";

	private Masking() {
	}

	/** {@code 13812345678} → {@code 138****5678}. */
	public static String mobile(String mobile) {
		if (mobile == null || mobile.isBlank()) {
			return "";
		}
		return MobileNumber.parse(mobile).map(MobileNumber::masked).orElse(HIDDEN);
	}

	/**
	 * A resident ID number → {@code 520102********123X}, by {@link ResidentIdNumber#masked()}. OneDoor
	 * stores only numbers that {@link ResidentIdNumber} accepted, so anything else (a 15-digit
	 * first-generation number, a wrong check character) is hidden completely.
	 */
	public static String idNumber(String idNumber) {
		if (idNumber == null || idNumber.isBlank()) {
			return "";
		}
		return ResidentIdNumber.parse(idNumber).map(ResidentIdNumber::masked).orElse(HIDDEN);
	}

	/**
	 * Chinese names keep the surname's first character ({@code 张三} → {@code 张*},
	 * {@code 欧阳娜娜} → {@code 欧***}); Latin names keep the first letter of each word.
	 */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String value = name.trim();
		if (value.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
			int first = value.codePointAt(0);
			int rest = value.codePointCount(0, value.length()) - 1;
			return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
		}
		StringBuilder masked = new StringBuilder();
		for (String word : value.split("\\s+")) {
			if (masked.length() > 0) {
				masked.append(' ');
			}
			masked.append(word.charAt(0)).append("*".repeat(Math.max(word.length() - 1, 1)));
		}
		return masked.toString();
	}

}
