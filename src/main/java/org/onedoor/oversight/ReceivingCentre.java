package org.onedoor.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;
import org.onedoor.directory.Unit;
import org.onedoor.identity.Role;
import org.onedoor.identity.StaffDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The centre whose dispatchers must dispatch an accepted appeal: the nearest unit at the appeal's
 * division or above it (a 12345 centre serves its whole city) that has a dispatcher. An appeal
 * without a place goes to the configured default centre (the city's 12345 centre).
 */
@Component
class ReceivingCentre {

	private final Directory directory;

	private final StaffDirectory staff;

	private final String defaultCentre;

	ReceivingCentre(Directory directory, StaffDirectory staff,
			@Value("${onedoor.oversight.default-centre:GY-12345}") String defaultCentre) {
		this.directory = directory;
		this.staff = staff;
		this.defaultCentre = defaultCentre;
	}

	Optional<Long> of(String divisionCode) {
		if (divisionCode == null || directory.findDivision(divisionCode).isEmpty()) {
			return anyCentre();
		}
		List<String> nearestFirst = new ArrayList<>();
		nearestFirst.add(divisionCode);
		List<Division> above = directory.ancestors(divisionCode);
		for (int i = above.size() - 1; i >= 0; i--) {
			nearestFirst.add(above.get(i).code());
		}
		for (String code : nearestFirst) {
			for (Unit unit : directory.unitsAt(code)) {
				if (!staff.withRole(Role.DISPATCHER, List.of(unit.id())).isEmpty()) {
					return Optional.of(unit.id());
				}
			}
		}
		return anyCentre();
	}

	private Optional<Long> anyCentre() {
		return directory.findUnitByCode(defaultCentre).map(Unit::id);
	}

}
