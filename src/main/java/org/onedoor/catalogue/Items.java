package org.onedoor.catalogue;

import java.util.Optional;

import org.onedoor.catalogue.ItemStore.StoredItem;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Service;

/** Reads items with their unit's name; drafts only for those who may see them. */
@Service
class Items {

	private final ItemStore store;

	private final Directory directory;

	Items(ItemStore store, Directory directory) {
		this.store = store;
		this.directory = directory;
	}

	Optional<ItemSheet> find(String code) {
		return store.find(code).map(this::sheet);
	}

	/** A published item, as citizens and the API see it; unknown or unpublished is 404. */
	ItemSheet published(String code) {
		return find(code).filter(ItemSheet::published).orElseThrow(() -> notFound(code));
	}

	ItemSheet any(String code) {
		return find(code).orElseThrow(() -> notFound(code));
	}

	Optional<ItemSheet> find(long id) {
		return store.find(id).map(this::sheet);
	}

	private ItemSheet sheet(StoredItem s) {
		String unitName = directory.findUnit(s.unitId()).map(Unit::name).orElse(s.item().unitCode());
		return new ItemSheet(s.id(), s.version(), s.published(), unitName, s.updatedAt(), s.updatedBy(), s.item());
	}

	/** Unit names by code for lists; unknown codes keep their code. */
	java.util.Map<String, String> unitNames(java.util.Collection<String> codes) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		for (String code : new java.util.HashSet<>(codes)) {
			names.put(code, directory.findUnitByCode(code).map(Unit::name).orElse(code));
		}
		return names;
	}

	static NotFoundException notFound(String code) {
		return new NotFoundException("catalogue.notFound", code);
	}

}
