package org.onedoor.identity;

/** Mainland China mobile numbers: 11 digits, starting 13 to 19. */
final class MobileNumber {

	private MobileNumber() {
	}

	static boolean isValid(String value) {
		return value != null && value.matches("1[3-9][0-9]{9}");
	}

	/** Strips the spaces and dashes people type; the result may still be invalid. */
	static String clean(String value) {
		return value == null ? "" : value.replaceAll("[\\s-]", "");
	}

}
