package org.onedoor.catalogue;

import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits items: checks the rules, resolves the unit, stores the next version,
 * keeps its snapshot, re-indexes it for search and audits the change, all or nothing.
 */
@Service
class EditItem {

	private final ItemStore store;

	private final ItemVersions versions;

	private final SearchIndex index;

	private final Directory directory;

	private final AuditLog audit;

	EditItem(ItemStore store, ItemVersions versions, SearchIndex index, Directory directory, AuditLog audit) {
		this.store = store;
		this.versions = versions;
		this.index = index;
		this.directory = directory;
		this.audit = audit;
	}

	@Transactional
	long create(ItemDraft draft, String actor) {
		ItemRules.require(draft);
		Unit unit = unit(draft.unitCode());
		if (store.idOf(draft.code()).isPresent()) {
			throw new InvalidInputException("code", "catalogue.invalid.codeTaken", draft.code());
		}
		long id = store.insert(draft, unit.id(), actor);
		versions.keep(id, 1, draft, "created", actor);
		index.reindex(id, draft, false);
		audit.recordAs(actor, "catalogue.item.created", "catalogue-item", draft.code(), draft.name());
		return id;
	}

	/** Stores the next version of an existing item; {@code expectedVersion} guards against lost updates. */
	@Transactional
	int update(String code, int expectedVersion, ItemDraft draft, String note, String actor) {
		if (!code.equals(draft.code())) {
			throw new InvalidInputException("code", "catalogue.invalid.codeChanged");
		}
		ItemRules.require(draft);
		Unit unit = unit(draft.unitCode());
		long id = store.idOf(code).orElseThrow(() -> Items.notFound(code));
		int version = store.update(id, expectedVersion, draft, unit.id(), actor);
		versions.keep(id, version, draft, note == null ? "" : note, actor);
		index.reindex(id, draft, store.published(id));
		audit.recordAs(actor, "catalogue.item.changed", "catalogue-item", code, "v" + version + " " + note);
		return version;
	}

	@Transactional
	int publish(String code, int expectedVersion, boolean published, String actor) {
		long id = store.idOf(code).orElseThrow(() -> Items.notFound(code));
		store.setPublished(id, expectedVersion, published, actor);
		ItemDraft current = store.find(id).orElseThrow().item();
		versions.keep(id, expectedVersion + 1, current, published ? "published" : "withdrawn", actor);
		index.reindex(id, current, published);
		audit.recordAs(actor, published ? "catalogue.item.published" : "catalogue.item.withdrawn", "catalogue-item",
				code, "v" + (expectedVersion + 1));
		return expectedVersion + 1;
	}

	private Unit unit(String code) {
		return directory.findUnitByCode(code)
			.filter(Unit::active)
			.orElseThrow(() -> new InvalidInputException("unitCode", "catalogue.invalid.unitUnknown", code));
	}

}
