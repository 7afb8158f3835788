package org.onedoor.directory;

import java.util.List;
import java.util.Map;

import org.onedoor.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff console's division tree: provinces first, children loaded on expand, Guizhou open. */
@Controller
@RequestMapping("/console/divisions")
@PreAuthorize("hasAuthority('STAFF')")
class DivisionPages {

	static final DivisionCode GUIZHOU = new DivisionCode("520000000000");

	private static final int RESULTS = 30;

	private final DivisionQueries divisions;

	private final UnitRepository units;

	DivisionPages(DivisionQueries divisions, UnitRepository units) {
		this.divisions = divisions;
		this.units = units;
	}

	@GetMapping
	String tree(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("provinces", divisions.provinces());
		model.addAttribute("preloaded", Map.of(GUIZHOU.value(), divisions.children(GUIZHOU)));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", search(q));
		}
		return "directory/divisions";
	}

	/** htmx: the search results alone. */
	@GetMapping("/search")
	String results(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", q.isBlank() ? null : search(q));
		return "directory/divisions :: results";
	}

	/** htmx: the children of one node, as list items. */
	@GetMapping("/{code}/children")
	String children(@PathVariable String code, Model model) {
		DivisionCode parsed = DivisionCode.parse("code", code);
		model.addAttribute("divisions", divisions.children(parsed));
		return "directory/divisions :: nodes";
	}

	@GetMapping("/{code}")
	String detail(@PathVariable String code, Model model) {
		DivisionCode parsed = DivisionCode.parse("code", code);
		Division division = divisions.find(parsed)
			.orElseThrow(() -> new NotFoundException("directory.division.notFound", parsed.value()));
		model.addAttribute("division", division);
		model.addAttribute("ancestors", divisions.ancestors(parsed));
		model.addAttribute("children", divisions.children(parsed));
		model.addAttribute("units", units.find(new UnitCriteria(parsed, null, null, false), UnitsApi.LIMIT));
		return "directory/division";
	}

	private DivisionPage search(String q) {
		String query = q.strip();
		if (query.length() > 50) {
			return new DivisionPage(List.of(), 0, RESULTS, 0);
		}
		return divisions.search(query, null, 0, RESULTS);
	}

}
