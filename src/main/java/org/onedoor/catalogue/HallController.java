package org.onedoor.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.onedoor.catalogue.Documents.DocumentKind;
import org.onedoor.catalogue.ItemQueries.Filter;
import org.onedoor.catalogue.ItemQueries.ItemRow;
import org.onedoor.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public service hall (网上办事大厅): browse by life event and department, search, and one
 * guide per item with its forms to download. No sign-in.
 */
@Controller
class HallController {

	static final int LIST_LIMIT = 200;

	private final Items items;

	private final ItemQueries queries;

	private final SearchIndex search;

	private final Documents documents;

	HallController(Items items, ItemQueries queries, SearchIndex search, Documents documents) {
		this.items = items;
		this.queries = queries;
		this.search = search;
		this.documents = documents;
	}

	@GetMapping("/hall")
	String hall(Model model) {
		Map<String, Integer> counts = new java.util.HashMap<>();
		queries.events().forEach(e -> counts.put(e.event(), e.items()));
		model.addAttribute("events", Arrays.stream(LifeEvent.values()).filter(e -> counts.containsKey(e.name()))
			.map(e -> Map.entry(e.name(), counts.get(e.name()))).toList());
		List<ItemQueries.UnitCount> units = queries.units();
		model.addAttribute("departments", units);
		model.addAttribute("unitNames", items.unitNames(units.stream().map(ItemQueries.UnitCount::unitCode).toList()));
		return "catalogue/hall";
	}

	@GetMapping("/hall/search")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		String text = q.length() > 50 ? q.substring(0, 50) : q;
		return list(model, "search", text, queries.rows(search.search(text, 50)));
	}

	@GetMapping("/hall/events/{event}")
	String event(@PathVariable String event, Model model) {
		if (!LifeEvent.known(event)) {
			throw new NotFoundException("catalogue.event.notFound");
		}
		return list(model, "event", event, queries.rows(new Filter(null, event, true, false), 0, LIST_LIMIT));
	}

	@GetMapping("/hall/departments/{unitCode}")
	String department(@PathVariable String unitCode, Model model) {
		List<ItemRow> rows = queries.rows(new Filter(unitCode, null, true, false), 0, LIST_LIMIT);
		if (rows.isEmpty()) {
			throw new NotFoundException("catalogue.department.notFound");
		}
		return list(model, "department", items.unitNames(List.of(unitCode)).get(unitCode), rows);
	}

	private String list(Model model, String by, String title, List<ItemRow> rows) {
		model.addAttribute("by", by);
		model.addAttribute("title", title);
		model.addAttribute("rows", rows);
		model.addAttribute("unitNames", items.unitNames(rows.stream().map(ItemRow::unitCode).toList()));
		return "catalogue/list";
	}

	@GetMapping("/hall/items/{code}")
	String guide(@PathVariable String code, Model model) {
		ItemSheet sheet = items.published(code);
		model.addAttribute("sheet", sheet);
		model.addAttribute("item", sheet.item());
		model.addAttribute("files", documents.list(sheet.id()).stream()
			.map(f -> f.materialCode() + "/" + f.kind().name()).toList());
		model.addAttribute("withoutBasis", sheet.withoutLegalBasis());
		model.addAttribute("stepDays", sheet.item().steps().stream().mapToInt(ItemDraft.StepDraft::workingDays).sum());
		return "catalogue/guide";
	}

	@GetMapping("/hall/items/{code}/materials/{material}/{kind:blank|sample}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String material, @PathVariable String kind) {
		ItemSheet sheet = items.published(code);
		// files outlive removed materials (history); only the current materials' are offered
		if (sheet.item().materials().stream().noneMatch(m -> m.code().equals(material))) {
			throw new NotFoundException("catalogue.document.notFound");
		}
		Documents.Stored file = documents.get(sheet.id(), material, DocumentKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)))
			.orElseThrow(() -> new NotFoundException("catalogue.document.notFound"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
