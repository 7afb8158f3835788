package org.onedoor.community;

import java.time.LocalDate;

import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The care roster pages; every look-up goes through {@link ElderCare}, which applies who may see whom. */
@Controller
@PreAuthorize("hasAnyRole('COMMUNITY_ORGANISER', 'VOLUNTEER')")
class ElderCareController {

	private final CurrentUser currentUser;

	private final ElderCare care;

	private final Visits visits;

	private final Communities communities;

	ElderCareController(CurrentUser currentUser, ElderCare care, Visits visits, Communities communities) {
		this.currentUser = currentUser;
		this.care = care;
		this.visits = visits;
		this.communities = communities;
	}

	@GetMapping("/console/community/elders")
	String roster(Model model) {
		SignedIn me = currentUser.require();
		model.addAttribute("roster", care.roster(me));
		model.addAttribute("alerts", care.overdue(me));
		model.addAttribute("today", care.today());
		model.addAttribute("organised", communities.organisedBy(me));
		return "community/console/elders";
	}

	@PostMapping("/console/community/elders")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String register(@RequestParam long communityId, ElderCare.NewElder form) {
		return "redirect:/console/community/elders/" + care.register(communityId, form, currentUser.require());
	}

	@GetMapping("/console/community/elders/{id}")
	String elder(@PathVariable long id, Model model) {
		SignedIn me = currentUser.require();
		Elder elder = care.find(id, me);
		model.addAttribute("elder", elder);
		model.addAttribute("due", elder.due(care.today()));
		model.addAttribute("visits", care.visits(id, me));
		model.addAttribute("carers", care.carers(id, me));
		model.addAttribute("organiser", communities.organises(me, elder.communityId()));
		model.addAttribute("assignable", care.assignable(elder));
		model.addAttribute("today", care.today());
		return "community/console/elder";
	}

	@PostMapping("/console/community/elders/{id}/reveal")
	String reveal(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revealedMobile", care.revealMobile(id, currentUser.require()));
		return "redirect:/console/community/elders/" + id;
	}

	@PostMapping("/console/community/elders/{id}/carers")
	@PreAuthorize("hasRole('COMMUNITY_ORGANISER')")
	String assign(@PathVariable long id, @RequestParam long accountId) {
		care.assign(id, accountId, currentUser.require());
		return "redirect:/console/community/elders/" + id;
	}

	@PostMapping("/console/community/elders/{id}/visits")
	String logVisit(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@RequestParam(defaultValue = "") String method, @RequestParam(required = false) Integer minutes,
			@RequestParam(defaultValue = "") String findings, @RequestParam(defaultValue = "false") boolean needsGovernment,
			RedirectAttributes redirect) {
		visits.log(id, new Visits.NewVisit(visitedOn, method, minutes, findings, needsGovernment), currentUser.require());
		redirect.addFlashAttribute("visitLogged", true);
		return "redirect:/console/community/elders/" + id;
	}

	@PostMapping("/console/community/visits/{visitId}/appeal")
	String appeal(@PathVariable long visitId, @RequestParam long elderId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("appealNumber", visits.raiseAppeal(visitId, currentUser.require()));
		return "redirect:/console/community/elders/" + elderId;
	}

}
