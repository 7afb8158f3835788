package org.onedoor.catalogue;

import java.util.Map;

import org.onedoor.catalogue.Documents.DocumentKind;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;

import org.springframework.stereotype.Component;

/** Generates the demo items' blank forms and filled samples from their field lists. */
@Component
class DemoForms {

	private final Documents documents;

	DemoForms(Documents documents) {
		this.documents = documents;
	}

	void attach(ItemSheet item, Map<String, Map<String, String>> formsByMaterial) {
		for (MaterialDraft m : item.item().materials()) {
			Map<String, String> fields = formsByMaterial.get(m.code());
			if (fields == null) {
				continue;
			}
			documents.put(item.id(), m.code(), DocumentKind.BLANK, m.name() + "（空白表格）.docx", FormDocx.CONTENT_TYPE,
					FormDocx.blank(m.name(), item.unitName(), fields), CatalogueDemoSeed.ACTOR);
			documents.put(item.id(), m.code(), DocumentKind.SAMPLE, m.name() + "（示例样表）.docx", FormDocx.CONTENT_TYPE,
					FormDocx.sample(m.name(), item.unitName(), fields), CatalogueDemoSeed.ACTOR);
		}
	}

}
