package org.onedoor.network;

import java.util.List;

import org.onedoor.audit.AuditLog;
import org.onedoor.directory.DivisionCode;
import org.onedoor.shared.InvalidInputException;

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

/** Administrators keep the network: list, register, change, close and reopen points. */
@Controller
@RequestMapping("/console/network/points")
@PreAuthorize("hasRole('ADMIN')")
class PointAdminController {

	private final PointStore store;

	private final PointAdministration administration;

	private final CheckPoint check;

	private final AuditLog audit;

	PointAdminController(PointStore store, PointAdministration administration, CheckPoint check, AuditLog audit) {
		this.store = store;
		this.administration = administration;
		this.check = check;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "52") String division, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DivisionCode code = DivisionParam.read("division", division);
		if (page < 0 || page > 10_000) {
			throw new InvalidInputException("page", "error.parameter.invalid", "page");
		}
		String[] range = DivisionCode.prefixRange(code.significant());
		String name = q == null ? "" : q.strip();
		List<ServicePoint> points = store.search(range[0], range[1], name.length() > 50 ? name.substring(0, 50) : name, page);
		model.addAttribute("points", points.size() > PointStore.PAGE ? points.subList(0, PointStore.PAGE) : points);
		model.addAttribute("more", points.size() > PointStore.PAGE);
		model.addAttribute("division", division.strip());
		model.addAttribute("q", name);
		model.addAttribute("page", page);
		return "network/points";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		ServicePoint point = administration.existing(id);
		model.addAttribute("point", point);
		model.addAttribute("week", OpeningHours.parse(point.hours()).groups());
		model.addAttribute("published", point.items().stream().filter(c -> check.published(c)).toList());
		model.addAttribute("history", audit.entriesFor("service-point", Long.toString(id), 10));
		return "network/point";
	}

	@GetMapping("/new")
	ModelAndView create(@RequestParam(required = false) String division) {
		PointForm form = new PointForm();
		form.setDivisionCode(division);
		return form(form, null, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView register(@ModelAttribute("form") PointForm form, BindingResult binding, RedirectAttributes flash) {
		if (accepted(form, List.of(), binding)) {
			try {
				long id = administration.register(form);
				flash.addFlashAttribute("saved", true);
				return new ModelAndView("redirect:/console/network/points/" + id);
			}
			catch (InvalidInputException ex) {
				reject(binding, new Problem(ex.parameter(), ex.messageKey(), ex.arguments()));
			}
		}
		return form(form, null, HttpStatus.BAD_REQUEST);
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		ServicePoint point = administration.existing(id);
		return form(PointForm.of(point), point, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView change(@PathVariable long id, @RequestParam int version, @ModelAttribute("form") PointForm form,
			BindingResult binding, RedirectAttributes flash) {
		ServicePoint point = administration.existing(id);
		if (accepted(form, point.items(), binding)) {
			try {
				administration.change(id, version, form);
				flash.addFlashAttribute("saved", true);
				return new ModelAndView("redirect:/console/network/points/" + id);
			}
			catch (InvalidInputException ex) {
				reject(binding, new Problem(ex.parameter(), ex.messageKey(), ex.arguments()));
			}
		}
		ModelAndView page = form(form, point, HttpStatus.BAD_REQUEST);
		page.addObject("version", version);
		return page;
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam int version, @RequestParam boolean active,
			RedirectAttributes flash) {
		administration.setActive(id, version, active);
		flash.addFlashAttribute("saved", true);
		return "redirect:/console/network/points/" + id;
	}

	private boolean accepted(PointForm form, List<String> kept, BindingResult binding) {
		List<Problem> problems = check.check(form, kept).problems();
		problems.forEach(p -> reject(binding, p));
		return problems.isEmpty() && !binding.hasErrors();
	}

	static void reject(BindingResult binding, Problem problem) {
		if (binding.getTarget() != null && List.of("name", "divisionCode", "unitCode", "address", "latitude",
				"longitude", "phone", "hours", "terminals", "items").contains(problem.field())) {
			binding.rejectValue(problem.field(), problem.key(), problem.args(), null);
		}
		else {
			binding.reject(problem.key(), problem.args(), null);
		}
	}

	private ModelAndView form(PointForm form, ServicePoint point, HttpStatus status) {
		ModelAndView page = new ModelAndView("network/point-form");
		page.setStatus(status);
		page.addObject("form", form);
		page.addObject("point", point);
		page.addObject("version", point == null ? null : point.version());
		return page;
	}

}
