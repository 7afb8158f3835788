package org.onedoor.appeals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 办理时限规则: the administrator's page for the deadline rules. */
@Controller
@RequestMapping("/console/appeals/deadline-rules")
@PreAuthorize("hasRole('ADMIN')")
class DeadlineRulesController {

	private final DeadlineRuleStore rules;

	private final DeadlineRuleAdministration administration;

	DeadlineRulesController(DeadlineRuleStore rules, DeadlineRuleAdministration administration) {
		this.rules = rules;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("stages", DeadlineStage.values());
		model.addAttribute("units", DeadlineUnit.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("types", AppealType.values());
		model.addAttribute("petitionTypes", PetitionType.values());
		model.addAttribute("urgencies", Urgency.values());
		return "appeals/work/rules";
	}

	@PostMapping
	String add(@RequestParam(required = false) DeadlineStage stage, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) AppealType type, @RequestParam(required = false) PetitionType petitionType,
			@RequestParam(required = false) Urgency urgency, @RequestParam(required = false) String categoryCode,
			@RequestParam int amount, @RequestParam(required = false) DeadlineUnit unit,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
		administration.add(new DeadlineRule(null, stage, channel, type, petitionType, urgency, category, amount, unit,
				note == null || note.isBlank() ? null : note.strip(), 0));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/console/appeals/deadline-rules";
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @RequestParam int version, @RequestParam int amount,
			@RequestParam(required = false) DeadlineUnit unit, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		administration.change(id, version, amount, unit, note);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/console/appeals/deadline-rules";
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		administration.remove(id, version);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/console/appeals/deadline-rules";
	}

}
