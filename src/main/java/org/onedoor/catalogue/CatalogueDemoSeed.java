package org.onedoor.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.catalogue.DemoItems.DemoItem;
import org.onedoor.catalogue.DemoItems.Removal;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;
import org.onedoor.shared.DemoSeed;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guizhou's demo catalogue, stored through the same use cases administrators use: each item is
 * created with what it once asked for, the removed steps and materials go through the reform
 * ledger, its forms are generated, then it is published.
 */
@Component
class CatalogueDemoSeed implements DemoSeed {

	static final String ACTOR = "system";

	private final EditItem edit;

	private final RemoveFromItem remove;

	private final Items items;

	private final DemoForms forms;

	CatalogueDemoSeed(EditItem edit, RemoveFromItem remove, Items items, DemoForms forms) {
		this.edit = edit;
		this.remove = remove;
		this.items = items;
		this.forms = forms;
	}

	@Override
	public String name() {
		return "catalogue.items";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	@Transactional
	public void seed() {
		for (DemoItem demo : DemoItems.load("catalogue/demo/items.yml")) {
			store(demo);
		}
	}

	private void store(DemoItem demo) {
		ItemDraft draft = demo.draft();
		List<MaterialDraft> materials = new ArrayList<>(draft.materials());
		List<StepDraft> steps = new ArrayList<>(draft.steps());
		int extra = 90;
		for (Removal r : demo.removals()) {
			String basis = r.reason() == ReformReason.NO_LEGAL_BASIS ? "" : draft.bases().get(0).citation();
			if ("STEP".equals(r.kind())) {
				steps.add(1, new StepDraft(r.name(), "UNIT_HANDLER", null, 0, basis));
			}
			else {
				materials.add(new MaterialDraft("M" + extra++, r.name(), "COPY", true, null, "申请人自备", 1, "", basis, ""));
			}
		}
		String code = draft.code();
		edit.create(draft.withMaterials(materials).withSteps(steps), ACTOR);
		int version = 1;
		for (Removal r : demo.removals()) {
			ItemSheet sheet = items.any(code);
			if ("STEP".equals(r.kind())) {
				int position = sheet.item().steps().stream().map(StepDraft::name).toList().indexOf(r.name()) + 1;
				version = remove.removeStep(code, version, position, r.reason(), r.note(), r.date(), ACTOR);
			}
			else {
				String material = sheet.item().materials().stream().filter(m -> m.name().equals(r.name())).findFirst()
					.orElseThrow().code();
				version = remove.removeMaterial(code, version, material, r.reason(), r.note(), r.date(), ACTOR);
			}
		}
		forms.attach(items.any(code), demo.forms());
		edit.publish(code, version, true, ACTOR);
	}

}
