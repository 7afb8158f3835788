package org.onedoor.catalogue;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The item form: create a new item (a draft until published) or store the next version of one.
 * A refused form comes back with every problem listed and what was typed kept.
 */
@Controller
class ItemEditController {

	static final int SPARE_ROWS = 2;

	private final Items items;

	private final EditItem edit;

	private final ItemAccess access;

	ItemEditController(Items items, EditItem edit, ItemAccess access) {
		this.items = items;
		this.edit = edit;
		this.access = access;
	}

	@GetMapping("/console/catalogue/new")
	String create(Model model) {
		String unit = access.scope();
		ItemDraft empty = new ItemDraft("", "", "", "ADMINISTRATIVE_LICENCE", unit == null ? "" : unit, "COUNTY", "", "",
				null, 20, 10, null, "", "周一至周五 9:00—17:00（法定节假日除外）", "", "12345", true, 0, "COUNTY", null, null,
				null);
		return form(model, empty, null, List.of());
	}

	@PostMapping("/console/catalogue/items")
	String created(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		ItemDraft draft = ItemForm.read(params);
		String actor = access.requireFor(draft.unitCode());
		List<InvalidInputException> problems = ItemRules.problems(draft);
		if (!problems.isEmpty()) {
			return refused(model, response, draft, null, problems);
		}
		try {
			edit.create(draft, actor);
		}
		catch (InvalidInputException ex) {
			return refused(model, response, draft, null, List.of(ex));
		}
		return "redirect:/console/catalogue/items/" + draft.code();
	}

	@GetMapping("/console/catalogue/items/{code}/edit")
	String change(@PathVariable String code, Model model) {
		ItemSheet sheet = items.any(code);
		access.requireFor(sheet.item().unitCode());
		return form(model, sheet.item(), sheet.version(), List.of());
	}

	@PostMapping("/console/catalogue/items/{code}")
	String changed(@PathVariable String code, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		access.requireFor(items.any(code).item().unitCode());
		ItemDraft draft = ItemForm.read(params);
		String actor = access.requireFor(draft.unitCode());
		List<InvalidInputException> problems = ItemRules.problems(draft);
		if (!problems.isEmpty()) {
			return refused(model, response, draft, version, problems);
		}
		try {
			edit.update(code, version, draft, note, actor);
		}
		catch (InvalidInputException ex) {
			return refused(model, response, draft, version, List.of(ex));
		}
		return "redirect:/console/catalogue/items/" + code;
	}

	private String refused(Model model, HttpServletResponse response, ItemDraft draft, Integer version,
			List<InvalidInputException> problems) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(model, draft, version, problems);
	}

	private String form(Model model, ItemDraft draft, Integer version, List<InvalidInputException> problems) {
		model.addAttribute("item", draft);
		model.addAttribute("version", version);
		model.addAttribute("problems", problems.stream().map(p -> Map.of("field", p.parameter(), "key", p.messageKey(),
				"args", p.arguments())).toList());
		model.addAttribute("spare", SPARE_ROWS);
		model.addAttribute("kinds", ItemKind.values());
		model.addAttribute("levels", ItemLevel.values());
		model.addAttribute("events", LifeEvent.values());
		model.addAttribute("roles", List.of("WINDOW_CLERK", "UNIT_HANDLER", "UNIT_HEAD", "VILLAGE_AGENT"));
		return "catalogue/admin/form";
	}

}
