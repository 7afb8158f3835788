package org.onedoor.network;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Division;
import org.onedoor.directory.DivisionCode;
import org.onedoor.directory.DivisionLevel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's "where do I go" page, phone first and without scripts: the chosen division with
 * the way back up, its children to narrow down, a search by name, and the points for the item.
 */
@Controller
class WhereToGoController {

	static final String GUIZHOU = "520000000000";

	private final WhereToGo whereToGo;

	private final Directory directory;

	WhereToGoController(WhereToGo whereToGo, Directory directory) {
		this.whereToGo = whereToGo;
		this.directory = directory;
	}

	@GetMapping("/hall/where")
	String where(@RequestParam(required = false) String item, @RequestParam(required = false) String division,
			@RequestParam(required = false) String q, Model model) {
		model.addAttribute("item", whereToGo.item(item));
		DivisionCode home = whereToGo.division(division == null || division.isBlank() ? GUIZHOU : division);
		Division chosen = directory.findDivision(home.value()).orElseThrow();
		model.addAttribute("division", chosen);
		model.addAttribute("ancestors", directory.ancestors(home.value()));
		model.addAttribute("children", chosen.level() == DivisionLevel.VILLAGE ? java.util.List.of()
				: directory.children(home.value()));
		if (q != null && !q.isBlank()) {
			String query = q.strip();
			model.addAttribute("q", query);
			model.addAttribute("results", query.length() > 50 ? java.util.List.of()
					: directory.searchDivisions(query, null, 0, 20).items());
		}
		model.addAttribute("points", PointView.of(whereToGo.find(item, home.value())));
		return "network/where";
	}

}
