package org.onedoor.catalogue;

import java.util.List;
import java.util.Set;

import org.onedoor.catalogue.Documents.DocumentKind;
import org.onedoor.catalogue.Documents.Listed;
import org.onedoor.catalogue.ItemDraft.Fee;
import org.onedoor.catalogue.ItemDraft.LegalBasis;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;

/**
 * An item in the public JSON API: every element of the implementation list, with download links
 * for forms and samples and the legal-basis flag.
 *
 * @param unit the implementing unit's name; {@code unitCode} its directory code
 * @param withoutLegalBasis steps and materials that cite no law (the item is flagged when not empty)
 */
record ItemJson(String code, String basicCode, String name, String kind, String unit, String unitCode, String level,
		String scope, String summary, String conditions, List<LegalBasis> legalBases, int statutoryDays,
		int promisedDays, boolean free, List<Fee> fees, String place, String hours, String consultPhone,
		String complaintPhone, boolean online, int visitsInPerson, List<String> lifeEvents, List<Material> materials,
		List<Step> steps, int version, boolean flagged, List<String> withoutLegalBasis, String guide) {

	static ItemJson of(ItemSheet sheet, List<Listed> files, String base) {
		ItemDraft d = sheet.item();
		String guide = base + "/hall/items/" + d.code();
		Set<String> blanks = codes(files, DocumentKind.BLANK);
		Set<String> samples = codes(files, DocumentKind.SAMPLE);
		List<Material> materials = d.materials().stream()
			.map(m -> Material.of(m, blanks.contains(m.code()) ? guide + "/materials/" + m.code() + "/blank" : null,
					samples.contains(m.code()) ? guide + "/materials/" + m.code() + "/sample" : null))
			.toList();
		List<Step> steps = new java.util.ArrayList<>();
		for (int i = 0; i < d.steps().size(); i++) {
			StepDraft s = d.steps().get(i);
			steps.add(new Step(i + 1, s.name(), s.role(), s.unitCode() == null ? d.unitCode() : s.unitCode(),
					s.workingDays(), s.legalBasis()));
		}
		List<String> missing = sheet.withoutLegalBasis();
		return new ItemJson(d.code(), d.basicCode(), d.name(), d.kind(), sheet.unitName(), d.unitCode(), d.level(),
				d.scope(), d.summary(), d.conditions(), d.bases(), d.statutoryDays(), d.promisedDays(), d.free(),
				d.fees(), d.place(), d.hours(), d.consultPhone(), d.complaintPhone(), d.online(), d.visitsInPerson(),
				d.lifeEvents(), materials, steps, sheet.version(), !missing.isEmpty(), missing, guide);
	}

	private static Set<String> codes(List<Listed> files, DocumentKind kind) {
		return files.stream().filter(f -> f.kind() == kind).map(Listed::materialCode)
			.collect(java.util.stream.Collectors.toSet());
	}

	record Material(String code, String name, String form, boolean required, String condition, String source,
			int copies, String standard, String legalBasis, String notes, String blankForm, String sample) {

		static Material of(MaterialDraft m, String blank, String sample) {
			return new Material(m.code(), m.name(), m.form(), m.required(), m.condition(), m.source(), m.copies(),
					m.standard(), m.legalBasis(), m.notes(), blank, sample);
		}

	}

	record Step(int position, String name, String role, String unitCode, int workingDays, String legalBasis) {
	}

}
