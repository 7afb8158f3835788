package org.onedoor.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;

/**
 * 于法有据: an item may ask for nothing and add no step that no law requires. What lacks a
 * citation is listed so the item can be flagged for administrators and badged on its guide.
 */
final class LegalBasisCheck {

	private LegalBasisCheck() {
	}

	/** Names of the steps and materials without a legal basis, steps first. */
	static List<String> missing(ItemDraft item) {
		List<String> missing = new ArrayList<>();
		for (StepDraft step : item.steps()) {
			if (blank(step.legalBasis())) {
				missing.add(step.name());
			}
		}
		for (MaterialDraft material : item.materials()) {
			if (blank(material.legalBasis())) {
				missing.add(material.name());
			}
		}
		return missing;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
