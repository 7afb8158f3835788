package org.onedoor.network;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onedoor.catalogue.Catalogue;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Checks a point's details against the directory (division, unit) and the catalogue (items),
 * collecting every problem so a form or an import can show them all at once.
 */
@Component
class CheckPoint {

	private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 ()\\-]{4,29}");

	private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,39}");

	private final Directory directory;

	private final Catalogue catalogue;

	CheckPoint(Directory directory, Catalogue catalogue) {
		this.directory = directory;
		this.catalogue = catalogue;
	}

	/** The draft when nothing is wrong, otherwise every problem found. */
	Result check(PointForm form) {
		return check(form, java.util.Set.of());
	}

	/**
	 * As {@link #check(PointForm)}, but codes the point already lists pass without the catalogue:
	 * a point keeps an item that is being revised (待发布) while the rest of it is edited.
	 */
	Result check(PointForm form, java.util.Collection<String> kept) {
		List<Problem> problems = new ArrayList<>();
		String name = required(form.getName(), "name", 120, problems);
		String address = required(form.getAddress(), "address", 200, problems);
		Division division = division(form.getDivisionCode(), problems);
		String unit = blankToNull(form.getUnitCode());
		if (unit != null && directory.findUnitByCode(unit).isEmpty()) {
			problems.add(new Problem("unitCode", "network.unit.unknown", unit));
		}
		BigDecimal latitude = coordinate(form.getLatitude(), "latitude", 90, problems);
		BigDecimal longitude = coordinate(form.getLongitude(), "longitude", 180, problems);
		if ((latitude == null) != (longitude == null) && problems.stream().noneMatch(p -> p.field().endsWith("itude"))) {
			problems.add(new Problem("longitude", "network.coordinates.pair"));
		}
		String phone = blankToNull(form.getPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(new Problem("phone", "network.phone.invalid", phone));
		}
		OpeningHours hours = hours(form.getHours(), problems);
		int terminals = terminals(form.getTerminals(), problems);
		List<String> items = form.itemCodes();
		for (String code : items) {
			if (!ITEM_CODE.matcher(code).matches() || !kept.contains(code) && !published(code)) {
				problems.add(new Problem("items", "network.item.unknown", code));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(null, List.copyOf(problems));
		}
		return new Result(new PointDraft(name, division, unit, address, latitude, longitude, phone, hours, terminals,
				form.isAgentService(), items), List.of());
	}

	/** Problems, or the draft: exactly one is present. */
	record Result(PointDraft draft, List<Problem> problems) {

		PointDraft orThrow() {
			if (draft == null) {
				Problem first = problems.get(0);
				throw new InvalidInputException(first.field(), first.key(), first.args());
			}
			return draft;
		}

	}

	private Division division(String code, List<Problem> problems) {
		String value = blankToNull(code);
		if (value == null || !value.matches("[0-9]{12}")) {
			problems.add(new Problem("divisionCode", "network.division.invalid", value == null ? "" : value));
			return null;
		}
		Optional<Division> division = directory.findDivision(value);
		if (division.isEmpty()) {
			problems.add(new Problem("divisionCode", "network.division.unknown", value));
		}
		return division.orElse(null);
	}

	private static String required(String value, String field, int max, List<Problem> problems) {
		String v = blankToNull(value);
		if (v == null) {
			problems.add(new Problem(field, "network.required"));
		}
		else if (v.length() > max) {
			problems.add(new Problem(field, "network.tooLong", max));
		}
		return v;
	}

	private static BigDecimal coordinate(String value, String field, int limit, List<Problem> problems) {
		String v = blankToNull(value);
		if (v == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(v);
			if (number.abs().compareTo(BigDecimal.valueOf(limit)) <= 0 && number.scale() <= 6) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like an out-of-range number
		}
		problems.add(new Problem(field, "network.coordinate.invalid", v, limit));
		return null;
	}

	private static OpeningHours hours(String value, List<Problem> problems) {
		try {
			return OpeningHours.parse(value);
		}
		catch (RuntimeException ex) {
			problems.add(new Problem("hours", "network.hours.invalid", value == null ? "" : value));
			return null;
		}
	}

	private static int terminals(String value, List<Problem> problems) {
		String v = blankToNull(value);
		if (v == null) {
			return 0;
		}
		if (!v.matches("[0-9]{1,3}")) {
			problems.add(new Problem("terminals", "network.terminals.invalid", v));
			return 0;
		}
		return Integer.parseInt(v);
	}

	/** Whether the catalogue publishes the item now; points may list items still to be published. */
	boolean published(String code) {
		return catalogue.item(code).isPresent();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
