package org.onedoor.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything an administrator states about an item (the 实施清单 elements), as entered: what
 * {@link ItemRules} checks and what one version stores.
 *
 * @param kind an {@link ItemKind} name
 * @param level and {@code scope} an {@link ItemLevel} name: who implements it and where it is 通办
 * @param lifeEvents {@link LifeEvent} names for browsing
 */
public record ItemDraft(String code, String basicCode, String name, String kind, String unitCode, String level,
		String summary, String conditions, List<LegalBasis> bases, int statutoryDays, int promisedDays,
		List<Fee> fees, String place, String hours, String consultPhone, String complaintPhone, boolean online,
		int visitsInPerson, String scope, List<String> lifeEvents, List<MaterialDraft> materials,
		List<StepDraft> steps) {

	public ItemDraft {
		bases = bases == null ? List.of() : List.copyOf(bases);
		fees = fees == null ? List.of() : List.copyOf(fees);
		lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
		materials = materials == null ? List.of() : List.copyOf(materials);
		steps = steps == null ? List.of() : List.copyOf(steps);
	}

	public boolean free() {
		return fees.stream().allMatch(f -> f.amount() == null || f.amount().signum() == 0);
	}

	ItemDraft withMaterials(List<MaterialDraft> changed) {
		return new ItemDraft(code, basicCode, name, kind, unitCode, level, summary, conditions, bases, statutoryDays,
				promisedDays, fees, place, hours, consultPhone, complaintPhone, online, visitsInPerson, scope,
				lifeEvents, changed, steps);
	}

	ItemDraft withSteps(List<StepDraft> changed) {
		return new ItemDraft(code, basicCode, name, kind, unitCode, level, summary, conditions, bases, statutoryDays,
				promisedDays, fees, place, hours, consultPhone, complaintPhone, online, visitsInPerson, scope,
				lifeEvents, materials, changed);
	}

	/** A law that sets up the item (设定依据), e.g. 《中华人民共和国律师法》 第六条. */
	public record LegalBasis(String law, String article, String excerpt) {

		public String citation() {
			return article == null || article.isBlank() ? law : law + article;
		}

	}

	/** A fee (收费项目) with its charging basis; amount in yuan. */
	public record Fee(String name, BigDecimal amount, String basis) {
	}

	/**
	 * A material as entered.
	 *
	 * @param form {@code ORIGINAL}, {@code COPY} or {@code ELECTRONIC}
	 * @param condition when it is needed; blank means always (required)
	 * @param source where the applicant gets it (来源渠道)
	 * @param standard what the window accepts (受理标准)
	 * @param legalBasis the law that allows asking for it; blank gets the item flagged
	 */
	public record MaterialDraft(String code, String name, String form, boolean required, String condition,
			String source, int copies, String standard, String legalBasis, String notes) {
	}

	/**
	 * An approval step as entered.
	 *
	 * @param role an identity role name
	 * @param unitCode blank means the implementing unit
	 * @param legalBasis the law that requires this step; blank gets the item flagged
	 */
	public record StepDraft(String name, String role, String unitCode, int workingDays, String legalBasis) {
	}

}
