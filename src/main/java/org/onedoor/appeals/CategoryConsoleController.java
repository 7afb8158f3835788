package org.onedoor.appeals;

import org.onedoor.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the appeal category tree. */
@Controller
@RequestMapping("/console/appeals/categories")
@PreAuthorize("hasRole('ADMIN')")
class CategoryConsoleController {

	private final CategoryAdministration categories;

	private final MessageSource messages;

	private final AutoDispatchSettings autoDispatch;

	private final DeskActors actors;

	CategoryConsoleController(CategoryAdministration categories, MessageSource messages,
			AutoDispatchSettings autoDispatch, DeskActors actors) {
		this.categories = categories;
		this.autoDispatch = autoDispatch;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping
	String tree(Model model) {
		model.addAttribute("categories", categories.tree());
		model.addAttribute("autoDispatch", autoDispatch.all());
		model.addAttribute("defaultThreshold", AutoDispatchSettings.DEFAULT_THRESHOLD);
		return "appeals/work/categories";
	}

	@PostMapping
	String add(@RequestParam(required = false) String parentCode, @RequestParam(required = false) String name,
			Model model, RedirectAttributes redirect, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		return attempt(() -> redirect.addFlashAttribute("saved", categories.add(parentCode, name)), model, locale,
				response);
	}

	@PostMapping("/{code}")
	String rename(@PathVariable String code, @RequestParam(required = false) String name, Model model,
			RedirectAttributes redirect, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		return attempt(() -> {
			categories.rename(code, name);
			redirect.addFlashAttribute("saved", code);
		}, model, locale, response);
	}

	@PostMapping("/{code}/active")
	String active(@PathVariable String code, @RequestParam boolean active, Model model, RedirectAttributes redirect,
			java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		return attempt(() -> {
			categories.setActive(code, active);
			redirect.addFlashAttribute("saved", code);
		}, model, locale, response);
	}

	/** 自动派单 switch and threshold of a first-level category. */
	@PostMapping("/{code}/auto-dispatch")
	String autoDispatch(@PathVariable String code, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) String threshold, Model model, RedirectAttributes redirect,
			java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		return attempt(() -> {
			autoDispatch.set(code, enabled, threshold, actors.staff().name());
			redirect.addFlashAttribute("saved", code);
		}, model, locale, response);
	}

	/** Shows the tree again with the problem above it, so the administrator sees both at once. */
	private String attempt(Runnable change, Model model, java.util.Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		try {
			change.run();
			return "redirect:/console/appeals/categories";
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return tree(model);
		}
	}

}
