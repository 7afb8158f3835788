package org.onedoor.appeals;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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

/** The administrator's page for the 派单目录; every change is audited by {@link DispatchCatalogue}. */
@Controller
@RequestMapping("/console/appeals/routing/catalogue")
@PreAuthorize("hasRole('ADMIN')")
class DispatchCatalogueController {

	private final DispatchCatalogue catalogue;

	private final MessageSource messages;

	DispatchCatalogueController(DispatchCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("entries", catalogue.entries());
		return "appeals/routing/catalogue";
	}

	@PostMapping
	String save(@RequestParam(required = false) String categoryCode, @RequestParam(required = false) String divisionCode,
			@RequestParam(required = false) String leadUnitCode, @RequestParam(required = false) String coUnitCodes,
			Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
		try {
			catalogue.save(categoryCode, divisionCode, leadUnitCode, coUnitCodes);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/console/appeals/routing/catalogue";
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return page(model);
		}
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		catalogue.remove(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/console/appeals/routing/catalogue";
	}

}
