package org.onedoor.network;

import org.onedoor.directory.DivisionCode;
import org.onedoor.shared.InvalidInputException;

/** People and systems write 52 or 5201 for a province or a city, as statistical tables print them. */
final class DivisionParam {

	private DivisionParam() {
	}

	static DivisionCode read(String parameter, String value) {
		String v = value == null ? "" : value.strip();
		if (v.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}") && !v.startsWith("00")) {
			return DivisionCode.fromShort(v);
		}
		if (v.isEmpty()) {
			throw new InvalidInputException(parameter, "network.division.required");
		}
		return DivisionCode.parse(parameter, v);
	}

}
