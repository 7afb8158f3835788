package org.onedoor.appeals;

/**
 * The leading digits that every division inside a division shares: 520100000000 (贵阳市) →
 * 5201. Levels end after 2, 4, 6, 9 and 12 digits.
 */
final class DivisionPrefix {

	private static final int[] LEVEL_ENDS = { 2, 4, 6, 9, 12 };

	private DivisionPrefix() {
	}

	static String of(String code) {
		if (code == null || !code.matches("\\d{12}")) {
			// a staff member without a proper division sees only appeals without a place
			return "-";
		}
		for (int end : LEVEL_ENDS) {
			if (code.substring(end).chars().allMatch(c -> c == '0')) {
				return code.substring(0, end);
			}
		}
		return code;
	}

}
