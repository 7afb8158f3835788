package org.onedoor.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.onedoor.catalogue.ItemDraft.Fee;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;
import org.onedoor.identity.Role;
import org.onedoor.shared.InvalidInputException;

/**
 * What makes an item publishable, checked before anything is stored. Pure: the unit's
 * existence is checked by the caller against the directory.
 */
final class ItemRules {

	static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{5,39}");

	static final Pattern MATERIAL_CODE = Pattern.compile("M[0-9]{2}");

	private static final Set<String> FORMS = Set.of("ORIGINAL", "COPY", "ELECTRONIC");

	private ItemRules() {
	}

	/** Every problem found, first the item's own fields, then materials, steps and fees in order. */
	static List<InvalidInputException> problems(ItemDraft d) {
		List<InvalidInputException> found = new ArrayList<>();
		check(found, d.code() != null && CODE.matcher(d.code()).matches(), "code", "catalogue.invalid.code");
		check(found, d.basicCode() != null && CODE.matcher(d.basicCode()).matches(), "basicCode",
				"catalogue.invalid.basicCode");
		check(found, present(d.name(), 200), "name", "catalogue.invalid.name");
		check(found, ItemKind.known(d.kind()), "kind", "catalogue.invalid.kind");
		check(found, present(d.unitCode(), 40), "unitCode", "catalogue.invalid.unit");
		check(found, ItemLevel.known(d.level()), "level", "catalogue.invalid.level");
		check(found, ItemLevel.known(d.scope()), "scope", "catalogue.invalid.scope");
		check(found, present(d.conditions(), 4000), "conditions", "catalogue.invalid.conditions");
		check(found, !d.bases().isEmpty() && d.bases().stream().allMatch(b -> present(b.law(), 200)), "bases",
				"catalogue.invalid.bases");
		check(found, d.statutoryDays() >= 0 && d.statutoryDays() <= 365, "statutoryDays",
				"catalogue.invalid.statutoryDays");
		check(found, d.promisedDays() >= 0 && d.promisedDays() <= d.statutoryDays(), "promisedDays",
				"catalogue.invalid.promisedDays");
		check(found, d.visitsInPerson() >= 0 && d.visitsInPerson() <= 9, "visitsInPerson",
				"catalogue.invalid.visits");
		check(found, present(d.place(), 300) && present(d.hours(), 300), "place", "catalogue.invalid.place");
		check(found, present(d.consultPhone(), 40) && present(d.complaintPhone(), 40), "consultPhone",
				"catalogue.invalid.phones");
		check(found, d.lifeEvents().stream().allMatch(LifeEvent::known), "lifeEvents", "catalogue.invalid.lifeEvent");
		for (Fee fee : d.fees()) {
			check(found, present(fee.name(), 200) && fee.amount() != null && fee.amount().signum() >= 0
					&& present(fee.basis(), 300), "fees", "catalogue.invalid.fee", String.valueOf(fee.name()));
		}
		materials(found, d.materials());
		steps(found, d);
		return found;
	}

	/** Throws the first problem, for callers that answer one message (APIs, seeds). */
	static void require(ItemDraft draft) {
		List<InvalidInputException> found = problems(draft);
		if (!found.isEmpty()) {
			throw found.get(0);
		}
	}

	private static void materials(List<InvalidInputException> found, List<MaterialDraft> materials) {
		Set<String> codes = new HashSet<>();
		for (MaterialDraft m : materials) {
			String label = String.valueOf(m.name());
			check(found, m.code() != null && MATERIAL_CODE.matcher(m.code()).matches() && codes.add(m.code()),
					"materials", "catalogue.invalid.materialCode", String.valueOf(m.code()));
			check(found, present(m.name(), 200), "materials", "catalogue.invalid.materialName", label);
			check(found, FORMS.contains(m.form()), "materials", "catalogue.invalid.materialForm", label);
			check(found, m.copies() >= 0 && m.copies() <= 20, "materials", "catalogue.invalid.copies", label);
			check(found, m.required() || present(m.condition(), 300), "materials", "catalogue.invalid.condition",
					label);
			check(found, present(m.source(), 300), "materials", "catalogue.invalid.source", label);
		}
	}

	private static void steps(List<InvalidInputException> found, ItemDraft d) {
		check(found, !d.steps().isEmpty(), "steps", "catalogue.invalid.noSteps");
		int days = 0;
		for (StepDraft s : d.steps()) {
			String label = String.valueOf(s.name());
			check(found, present(s.name(), 100), "steps", "catalogue.invalid.stepName", label);
			check(found, staffRole(s.role()), "steps", "catalogue.invalid.stepRole", label);
			check(found, s.workingDays() >= 0, "steps", "catalogue.invalid.stepDays", label);
			days += Math.max(0, s.workingDays());
		}
		check(found, days <= d.promisedDays(), "steps", "catalogue.invalid.stepsLonger", days, d.promisedDays());
	}

	private static boolean staffRole(String role) {
		for (Role r : Role.values()) {
			if (r.name().equals(role)) {
				return r.isStaff();
			}
		}
		return false;
	}

	private static boolean present(String text, int max) {
		return text != null && !text.isBlank() && text.length() <= max;
	}

	private static void check(List<InvalidInputException> found, boolean ok, String field, String key,
			Object... args) {
		if (!ok) {
			found.add(new InvalidInputException(field, key, args));
		}
	}

}
