package org.onedoor.directory;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's use cases on units: register, change, deactivate and reactivate. Each
 * change is stored with its audit entry and announced, or not at all. Units are never deleted:
 * appeals and statistics keep pointing at them.
 */
@Service
class UnitAdministration {

	private final UnitRepository units;

	private final DivisionQueries divisions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	UnitAdministration(UnitRepository units, DivisionQueries divisions, AuditLog audit,
			ApplicationEventPublisher events) {
		this.units = units;
		this.divisions = divisions;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	long register(UnitForm form) {
		check(form, null);
		long id = units.insert(form);
		audit.record("directory.unit.registered", "unit", String.valueOf(id), form.getCode().strip() + " " + form.getName().strip());
		events.publishEvent(new UnitRegistered(id, form.getCode().strip(), form.getDivisionCode().strip()));
		return id;
	}

	@Transactional
	void change(long id, int version, UnitForm form) {
		UnitProfile before = existing(id);
		check(form, id);
		units.update(id, version, form);
		audit.record("directory.unit.changed", "unit", String.valueOf(id), describeChange(before, form));
		events.publishEvent(new UnitChanged(id, form.getCode().strip(), before.active()));
	}

	@Transactional
	void setActive(long id, int version, boolean active) {
		UnitProfile unit = existing(id);
		units.setActive(id, version, active);
		audit.record(active ? "directory.unit.reactivated" : "directory.unit.deactivated", "unit", String.valueOf(id),
				unit.code() + " " + unit.name());
		events.publishEvent(new UnitChanged(id, unit.code(), active));
	}

	private UnitProfile existing(long id) {
		return units.profile(id).orElseThrow(() -> new NotFoundException("directory.unit.notFound", id));
	}

	/** The rules that need the database; the form's own annotations have been checked already. */
	private void check(UnitForm form, Long id) {
		String code = form.getCode().strip();
		if (units.codeTaken(code, id)) {
			throw new InvalidInputException("code", "directory.unit.code.taken", code);
		}
		DivisionCode division = DivisionCode.parse("divisionCode", form.getDivisionCode());
		if (divisions.find(division).isEmpty()) {
			throw new InvalidInputException("divisionCode", "directory.division.notFound", division.value());
		}
		DivisionCode parentDivision = null;
		if (form.getParentId() != null) {
			UnitProfile parent = units.profile(form.getParentId())
				.orElseThrow(() -> new InvalidInputException("parentId", "directory.unit.parent.notFound", form.getParentId()));
			boolean loops = id != null && (parent.id() == id
					|| units.chainAbove(parent.id()).stream().anyMatch(above -> above.id() == id));
			if (loops) {
				throw new InvalidInputException("parentId", "directory.unit.parent.loop");
			}
			parentDivision = new DivisionCode(parent.divisionCode());
		}
		var problem = UnitPlacement.problem(form.getKind(), division, parentDivision);
		if (problem.isPresent()) {
			String field = problem.get().endsWith("outside") ? "parentId" : "kind";
			throw new InvalidInputException(field, problem.get());
		}
	}

	private static String describeChange(UnitProfile before, UnitForm after) {
		StringBuilder detail = new StringBuilder(before.code());
		note(detail, "code", before.code(), after.getCode());
		note(detail, "name", before.name(), after.getName());
		note(detail, "kind", before.kind().name(), after.getKind().name());
		note(detail, "division", before.divisionCode(), after.getDivisionCode());
		note(detail, "parent", String.valueOf(before.parentId()), String.valueOf(after.getParentId()));
		note(detail, "phone", before.phone(), after.getPhone());
		note(detail, "address", before.address(), after.getAddress());
		note(detail, "duties", before.duties(), after.getDuties());
		return detail.toString();
	}

	private static void note(StringBuilder detail, String field, String before, String after) {
		String old = before == null ? "" : before.strip();
		String now = after == null ? "" : after.strip();
		if (!old.equals(now)) {
			detail.append("; ").append(field).append(": ").append(old.length() > 60 ? "…" : old).append(" → ")
				.append(now.length() > 60 ? "…" : now);
		}
	}

}
