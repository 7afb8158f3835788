package org.onedoor.catalogue;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask of the catalogue: the published version of an item. */
@Service
public class Catalogue {

	private final PublishedItems published;

	Catalogue(PublishedItems published) {
		this.published = published;
	}

	/** The item's current published version, with its materials and approval steps in order. */
	public Optional<ServiceItem> item(String code) {
		return published.find(code);
	}

}
