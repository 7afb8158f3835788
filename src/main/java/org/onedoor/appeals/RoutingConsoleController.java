package org.onedoor.appeals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the category classifier: its versions, retraining, a quick try. */
@Controller
@RequestMapping("/console/appeals/routing")
@PreAuthorize("hasRole('ADMIN')")
class RoutingConsoleController {

	static final int MAX_TEXT = 4000;

	private final RoutingModels models;

	private final RoutingModelStore store;

	RoutingConsoleController(RoutingModels models, RoutingModelStore store) {
		this.models = models;
		this.store = store;
	}

	@GetMapping
	String page(@RequestParam(required = false) String title, @RequestParam(required = false) String content,
			Model model) {
		model.addAttribute("runs", store.runs());
		model.addAttribute("examples", store.examples().size());
		if (title != null || content != null) {
			String t = clip(title);
			String c = clip(content);
			model.addAttribute("title", t);
			model.addAttribute("content", c);
			model.addAttribute("suggestions", models.suggest(t, c, 3));
		}
		return "appeals/routing/models";
	}

	@PostMapping("/retrain")
	String retrain(RedirectAttributes redirect) {
		redirect.addFlashAttribute("outcome", models.retrain("ON_DEMAND"));
		return "redirect:/console/appeals/routing";
	}

	private static String clip(String text) {
		String t = text == null ? "" : text.strip();
		return t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
	}

}
