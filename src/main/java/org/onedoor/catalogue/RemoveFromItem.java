package org.onedoor.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 减环节、砍材料: removes a step or a material from an item as a new version and records it in
 * the reform ledger with its reason, date and who, in one transaction.
 */
@Service
class RemoveFromItem {

	private final Items items;

	private final EditItem edit;

	private final ReformLedger ledger;

	RemoveFromItem(Items items, EditItem edit, ReformLedger ledger) {
		this.items = items;
		this.edit = edit;
		this.ledger = ledger;
	}

	@Transactional
	int removeMaterial(String code, int expectedVersion, String materialCode, ReformReason reason, String note,
			LocalDate on, String actor) {
		ItemSheet sheet = items.any(code);
		List<MaterialDraft> left = new ArrayList<>(sheet.item().materials());
		MaterialDraft gone = left.stream().filter(m -> m.code().equals(materialCode)).findFirst()
			.orElseThrow(() -> new InvalidInputException("material", "catalogue.invalid.noSuchMaterial", materialCode));
		left.remove(gone);
		return record(sheet, expectedVersion, sheet.item().withMaterials(left), "MATERIAL", gone.name(), reason, note,
				on, actor);
	}

	@Transactional
	int removeStep(String code, int expectedVersion, int position, ReformReason reason, String note, LocalDate on,
			String actor) {
		ItemSheet sheet = items.any(code);
		List<StepDraft> left = new ArrayList<>(sheet.item().steps());
		if (position < 1 || position > left.size()) {
			throw new InvalidInputException("step", "catalogue.invalid.noSuchStep", position);
		}
		StepDraft gone = left.remove(position - 1);
		return record(sheet, expectedVersion, sheet.item().withSteps(left), "STEP", gone.name(), reason, note, on,
				actor);
	}

	private int record(ItemSheet sheet, int expectedVersion, ItemDraft changed, String kind, String name,
			ReformReason reason, String note, LocalDate on, String actor) {
		if (note != null && note.length() > 500) {
			throw new InvalidInputException("note", "catalogue.invalid.note");
		}
		int version = edit.update(sheet.code(), expectedVersion, changed, "removed " + name + " (" + reason + ")", actor);
		ledger.record(sheet.id(), changed.unitCode(), kind, name, reason, note, on, actor, version);
		return version;
	}

}
