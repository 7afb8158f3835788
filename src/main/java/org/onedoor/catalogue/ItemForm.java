package org.onedoor.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onedoor.catalogue.ItemDraft.Fee;
import org.onedoor.catalogue.ItemDraft.LegalBasis;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;

/**
 * Reads the item form: plain fields, and repeated rows for bases ({@code b_*}), fees
 * ({@code f_*}), materials ({@code m_*}) and steps ({@code s_*}) where the n-th value of each
 * name belongs to the n-th row; rows left empty are dropped. Numbers that do not parse become
 * -1 so that {@link ItemRules} names the field. Pure.
 */
final class ItemForm {

	private final Map<String, List<String>> params;

	private ItemForm(Map<String, List<String>> params) {
		this.params = params;
	}

	static ItemDraft read(Map<String, List<String>> params) {
		return new ItemForm(params).draft();
	}

	private ItemDraft draft() {
		return new ItemDraft(one("code"), one("basicCode"), one("name"), one("kind"), one("unitCode"), one("level"),
				one("summary"), one("conditions"), bases(), number("statutoryDays"), number("promisedDays"), fees(),
				one("place"), one("hours"), one("consultPhone"), one("complaintPhone"), "true".equals(one("online")),
				number("visitsInPerson"), one("scope"), params.getOrDefault("lifeEvents", List.of()), materials(),
				steps());
	}

	private List<LegalBasis> bases() {
		List<LegalBasis> out = new ArrayList<>();
		for (int i = 0; i < rows("b_law"); i++) {
			if (!at("b_law", i).isEmpty()) {
				out.add(new LegalBasis(at("b_law", i), at("b_article", i), at("b_excerpt", i)));
			}
		}
		return out;
	}

	private List<Fee> fees() {
		List<Fee> out = new ArrayList<>();
		for (int i = 0; i < rows("f_name"); i++) {
			if (!at("f_name", i).isEmpty() || !at("f_amount", i).isEmpty()) {
				out.add(new Fee(at("f_name", i), decimal(at("f_amount", i)), at("f_basis", i)));
			}
		}
		return out;
	}

	private List<MaterialDraft> materials() {
		List<MaterialDraft> out = new ArrayList<>();
		for (int i = 0; i < rows("m_name"); i++) {
			if (at("m_name", i).isEmpty() && at("m_code", i).isEmpty()) {
				continue;
			}
			boolean required = !"false".equals(at("m_required", i));
			out.add(new MaterialDraft(at("m_code", i), at("m_name", i), at("m_form", i), required,
					required ? null : at("m_condition", i), at("m_source", i), parse(at("m_copies", i)),
					at("m_standard", i), at("m_basis", i), at("m_notes", i)));
		}
		return out;
	}

	private List<StepDraft> steps() {
		List<StepDraft> out = new ArrayList<>();
		for (int i = 0; i < rows("s_name"); i++) {
			if (!at("s_name", i).isEmpty()) {
				out.add(new StepDraft(at("s_name", i), at("s_role", i), at("s_unit", i), parse(at("s_days", i)),
						at("s_basis", i)));
			}
		}
		return out;
	}

	private int rows(String name) {
		return params.getOrDefault(name, List.of()).size();
	}

	private String at(String name, int i) {
		List<String> values = params.getOrDefault(name, List.of());
		return i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
	}

	private String one(String name) {
		return at(name, 0);
	}

	private int number(String name) {
		return parse(one(name));
	}

	private static int parse(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
