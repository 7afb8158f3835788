package org.onedoor.directory;

import jakarta.validation.Valid;
import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff look units up; administrators register, change, deactivate and reactivate them. */
@Controller
@RequestMapping("/console/units")
@PreAuthorize("hasAuthority('STAFF')")
class UnitPages {

	private final UnitRepository units;

	private final UnitAdministration administration;

	private final AuditLog audit;

	UnitPages(UnitRepository units, UnitAdministration administration, AuditLog audit) {
		this.units = units;
		this.administration = administration;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) String division, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, Model model) {
		DivisionCode code = division == null || division.isBlank() ? null : DivisionCode.parse("division", division);
		model.addAttribute("units", units.find(new UnitCriteria(code, UnitsApi.kind(kind), q, false), UnitsApi.LIMIT));
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("division", division);
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		return "directory/units";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("unit", existing(id));
		model.addAttribute("chain", units.chainAbove(id));
		model.addAttribute("history", audit.entriesFor("unit", String.valueOf(id), 10));
		return "directory/unit";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView create(@RequestParam(required = false) String division) {
		UnitForm form = new UnitForm();
		form.setDivisionCode(division);
		return form(form, null, HttpStatus.OK);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView register(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, RedirectAttributes flash) {
		if (!binding.hasErrors()) {
			try {
				long id = administration.register(form);
				flash.addFlashAttribute("saved", true);
				return new ModelAndView("redirect:/console/units/" + id);
			}
			catch (InvalidInputException ex) {
				binding.rejectValue(ex.parameter(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(form, null, HttpStatus.BAD_REQUEST);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView edit(@PathVariable long id) {
		UnitProfile unit = existing(id);
		return form(UnitForm.of(unit), unit, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView change(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult binding, RedirectAttributes flash) {
		UnitProfile unit = existing(id);
		if (!binding.hasErrors()) {
			try {
				administration.change(id, version, form);
				flash.addFlashAttribute("saved", true);
				return new ModelAndView("redirect:/console/units/" + id);
			}
			catch (InvalidInputException ex) {
				binding.rejectValue(ex.parameter(), ex.messageKey(), ex.arguments(), null);
			}
		}
		ModelAndView page = form(form, unit, HttpStatus.BAD_REQUEST);
		page.addObject("version", version);
		return page;
	}

	@PostMapping("/{id}/active")
	@PreAuthorize("hasRole('ADMIN')")
	String setActive(@PathVariable long id, @RequestParam int version, @RequestParam boolean active,
			RedirectAttributes flash) {
		administration.setActive(id, version, active);
		flash.addFlashAttribute("saved", true);
		return "redirect:/console/units/" + id;
	}

	private ModelAndView form(UnitForm form, UnitProfile unit, HttpStatus status) {
		ModelAndView page = new ModelAndView("directory/unit-form");
		page.setStatus(status);
		page.addObject("form", form);
		page.addObject("unit", unit);
		page.addObject("version", unit == null ? null : unit.version());
		page.addObject("kinds", UnitKind.values());
		page.addObject("parents", units.find(new UnitCriteria(null, null, null, true), 1000));
		return page;
	}

	private UnitProfile existing(long id) {
		return units.profile(id).orElseThrow(() -> new NotFoundException("directory.unit.notFound", id));
	}

}
