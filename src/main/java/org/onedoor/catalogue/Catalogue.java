package org.onedoor.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask of the catalogue: published items, by code or by search. */
@Service
public class Catalogue {

	static final int MAX_RESULTS = 50;

	private final PublishedItems published;

	private final SearchIndex search;

	private final ItemQueries queries;

	Catalogue(PublishedItems published, SearchIndex search, ItemQueries queries) {
		this.published = published;
		this.search = search;
		this.queries = queries;
	}

	/** The item's current published version, with its materials and approval steps in order. */
	public Optional<ServiceItem> item(String code) {
		return published.find(code);
	}

	/** Published items matching the text (words or pinyin initials), best first, at most 50. */
	public List<ServiceItem> search(String text, int limit) {
		return queries.rows(search.search(text, Math.max(1, Math.min(limit, MAX_RESULTS)))).stream()
			.map(row -> published.find(row.code()))
			.flatMap(Optional::stream)
			.toList();
	}

	/** The public guide of an item, for links from other modules' pages. */
	public String guidePath(String code) {
		return "/hall/items/" + code;
	}

}
