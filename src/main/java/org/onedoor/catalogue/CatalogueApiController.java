package org.onedoor.catalogue;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.onedoor.catalogue.ItemQueries.Filter;
import org.onedoor.shared.InvalidInputException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public catalogue API: published items, each with every element and its materials;
 * one item as plain JSON or, for {@code Accept: application/ld+json}, as CPSV-AP JSON-LD.
 */
@RestController
class CatalogueApiController {

	static final int MAX_PAGE = 100;

	private final Items items;

	private final ItemQueries queries;

	private final SearchIndex search;

	private final Documents documents;

	CatalogueApiController(Items items, ItemQueries queries, SearchIndex search, Documents documents) {
		this.items = items;
		this.queries = queries;
		this.search = search;
		this.documents = documents;
	}

	/** A page of items: by search text ({@code q}), unit, life event; {@code items} holds them. */
	@GetMapping(path = "/api/catalogue/items", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String event, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
		if (page < 0 || size < 1 || size > MAX_PAGE) {
			throw new InvalidInputException("size", "catalogue.invalid.page", MAX_PAGE);
		}
		if (event != null && !LifeEvent.known(event)) {
			throw new InvalidInputException("event", "catalogue.invalid.lifeEvent");
		}
		List<String> codes;
		long total;
		if (q != null && !q.isBlank()) {
			List<Long> ids = search.search(q, (page + 1) * size);
			codes = queries.rows(ids).stream().skip((long) page * size).map(ItemQueries.ItemRow::code).toList();
			total = ids.size();
		}
		else {
			Filter filter = new Filter(blankToNull(unit), event, true, false);
			codes = queries.rows(filter, page * size, size).stream().map(ItemQueries.ItemRow::code).toList();
			total = queries.count(filter);
		}
		String base = base(request);
		List<ItemJson> found = codes.stream().map(c -> json(items.published(c), base)).toList();
		return Map.of("items", found, "page", page, "size", size, "total", total);
	}

	@GetMapping(path = "/api/catalogue/items/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
	ItemJson item(@PathVariable String code, HttpServletRequest request) {
		return json(items.published(code), base(request));
	}

	@GetMapping(path = "/api/catalogue/items/{code}", produces = CpsvJsonLd.MEDIA_TYPE)
	Map<String, Object> linkedData(@PathVariable String code, HttpServletRequest request) {
		String base = base(request);
		return CpsvJsonLd.of(json(items.published(code), base), base);
	}

	private ItemJson json(ItemSheet sheet, String base) {
		return ItemJson.of(sheet, documents.list(sheet.id()), base);
	}

	static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
