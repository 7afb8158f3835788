package org.onedoor.applications;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where an online application is checked and its result picked up: the implementing unit's own
 * window, or one of the comprehensive windows (综合窗口) of the service centres configured in
 * {@code onedoor.applications.halls}.
 */
@Component
class ServiceHalls {

	private final Directory directory;

	private final List<String> codes;

	ServiceHalls(Directory directory,
			@Value("${onedoor.applications.halls:NM-HGY-ZX,NM-XHL-ZX,XW-LC-ZX}") List<String> codes) {
		this.directory = directory;
		this.codes = List.copyOf(codes);
	}

	List<Unit> choicesFor(long itemUnitId) {
		List<Unit> halls = new ArrayList<>();
		directory.findUnit(itemUnitId).ifPresent(halls::add);
		codes.stream().map(directory::findUnitByCode).flatMap(java.util.Optional::stream)
			.filter(u -> u.id() != itemUnitId).forEach(halls::add);
		return halls;
	}

	long pick(long itemUnitId, Long chosen) {
		if (chosen == null) {
			return itemUnitId;
		}
		return choicesFor(itemUnitId).stream().map(Unit::id).filter(id -> id.equals(chosen)).findFirst()
			.orElseThrow(() -> new InvalidInputException("hall", "applications.form.hall"));
	}

	String name(long unitId) {
		return directory.findUnit(unitId).map(Unit::name).orElse("");
	}

}
