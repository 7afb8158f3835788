package org.onedoor.directory;

import java.util.Optional;

/**
 * Where a unit may stand. A service centre belongs to a township, a service point to a village
 * (村/社区), offices and departments to a province, city or county; and a unit answers to a unit
 * in the same division or one enclosing it, because supervision only ever goes up.
 */
final class UnitPlacement {

	private UnitPlacement() {
	}

	/** @return the bundle key of the first rule broken, empty when the placement is fine */
	static Optional<String> problem(UnitKind kind, DivisionCode division, DivisionCode parentDivision) {
		DivisionLevel level = division.level();
		boolean levelFits = switch (kind) {
			case TOWNSHIP_SERVICE_CENTRE -> level == DivisionLevel.TOWNSHIP;
			case VILLAGE_SERVICE_POINT -> level == DivisionLevel.VILLAGE;
			case GOVERNMENT_OFFICE, DEPARTMENT, HOTLINE_CENTRE -> level.compareTo(DivisionLevel.COUNTY) <= 0;
		};
		if (!levelFits) {
			return Optional.of("directory.unit.kind.level");
		}
		if (parentDivision != null && !division.isWithin(parentDivision)) {
			return Optional.of("directory.unit.parent.outside");
		}
		return Optional.empty();
	}

}
