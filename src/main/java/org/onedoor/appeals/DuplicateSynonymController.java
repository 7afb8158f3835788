package org.onedoor.appeals;

import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 同义词: administrators add, change and remove the synonyms duplicate matching uses. */
@Controller
@RequestMapping("/console/appeals/synonyms")
@PreAuthorize("hasRole('ADMIN')")
class DuplicateSynonymController {

	private final DuplicateSynonymAdministration synonyms;

	private final DeskFormErrors errors;

	DuplicateSynonymController(DuplicateSynonymAdministration synonyms, DeskFormErrors errors) {
		this.synonyms = synonyms;
		this.errors = errors;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("synonyms", synonyms.all());
		return "appeals/intel/synonyms";
	}

	@PostMapping
	String save(@RequestParam(required = false) String variant, @RequestParam(required = false) String canonical,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			synonyms.save(variant, canonical);
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			model.addAttribute("variant", variant);
			model.addAttribute("canonical", canonical);
			return page(model);
		}
		redirect.addFlashAttribute("saved", variant.strip());
		return "redirect:/console/appeals/synonyms";
	}

	@PostMapping("/remove")
	String remove(@RequestParam String variant, RedirectAttributes redirect) {
		synonyms.remove(variant);
		redirect.addFlashAttribute("removed", variant);
		return "redirect:/console/appeals/synonyms";
	}

}
