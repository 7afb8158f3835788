package org.onedoor.community;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a signed-in resident does: propose and support ideas, join teams, register, check in, use the time bank. */
@Controller
@PreAuthorize("isAuthenticated()")
class ResidentController {

	private final CurrentUser currentUser;

	private final Communities communities;

	private final Ideas ideas;

	private final Teams teams;

	private final Activities activities;

	private final Registrations registrations;

	private final TimeBank bank;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResidentController(CurrentUser currentUser, Communities communities, Ideas ideas, Teams teams,
			Activities activities, Registrations registrations, TimeBank bank, JdbcClient jdbc, Clock clock) {
		this.currentUser = currentUser;
		this.communities = communities;
		this.ideas = ideas;
		this.teams = teams;
		this.activities = activities;
		this.registrations = registrations;
		this.bank = bank;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/community/c/{code}/ideas/new")
	String newIdea(@PathVariable String code, Model model) {
		model.addAttribute("community", communities.byCode(code));
		return "community/idea-new";
	}

	@PostMapping("/community/c/{code}/ideas")
	String propose(@PathVariable String code, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, Model model, RedirectAttributes redirect) {
		Community community = communities.byCode(code);
		try {
			long id = ideas.propose(community.id(), title, description, currentUser.require());
			redirect.addFlashAttribute("proposed", true);
			return "redirect:/community/ideas/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("community", community);
			model.addAttribute("title", title);
			model.addAttribute("description", description);
			model.addAttribute("error", ex);
			return "community/idea-new";
		}
	}

	@PostMapping("/community/ideas/{id}/support")
	String support(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(ideas.support(id, currentUser.require()) ? "supportCounted" : "supportAlready", true);
		return "redirect:/community/ideas/" + id;
	}

	@PostMapping("/community/teams/{id}/join")
	String join(@PathVariable long id, RedirectAttributes redirect) {
		teams.requestToJoin(id, currentUser.require());
		redirect.addFlashAttribute("joinRequested", true);
		return "redirect:/community/teams/" + id;
	}

	@PostMapping("/community/activities/{id}/register")
	String register(@PathVariable long id, RedirectAttributes redirect) {
		RegistrationStatus status = registrations.register(id, currentUser.require());
		redirect.addFlashAttribute("registered", status.name());
		return "redirect:/community/activities/" + id;
	}

	@PostMapping("/community/activities/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		registrations.cancel(id, currentUser.require().accountId());
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/community/activities/" + id;
	}

	/** Opened from the QR code the organiser shows; the resident confirms with one tap (a POST). */
	@GetMapping("/community/checkin")
	String checkInPage(@RequestParam long activity, @RequestParam String token, Model model) {
		model.addAttribute("activity", activities.find(activity));
		model.addAttribute("token", token);
		model.addAttribute("valid", CheckInTokens.valid(token, activity, Instant.now(clock), activities.checkinKey(activity)));
		return "community/checkin";
	}

	@PostMapping("/community/checkin")
	String checkIn(@RequestParam long activity, @RequestParam String token, Model model) {
		Activity found = activities.find(activity);
		boolean valid = CheckInTokens.valid(token, activity, Instant.now(clock), activities.checkinKey(activity));
		model.addAttribute("activity", found);
		model.addAttribute("token", token);
		model.addAttribute("valid", valid);
		model.addAttribute("checkedIn", valid && registrations.checkIn(activity, currentUser.require().accountId()));
		model.addAttribute("tried", true);
		return "community/checkin";
	}

	@PostMapping("/community/activities/{id}/claim")
	String claim(@PathVariable long id, @RequestParam BigDecimal hours, RedirectAttributes redirect) {
		bank.claimForActivity(id, hours, currentUser.require());
		redirect.addFlashAttribute("claimed", true);
		return "redirect:/community/my";
	}

	@GetMapping("/community/my")
	String mine(Model model) {
		SignedIn me = currentUser.require();
		model.addAttribute("registrations", registrations.mine(me.accountId()));
		model.addAttribute("balance", bank.balance(me.accountId()));
		model.addAttribute("cap", bank.cap().cap());
		model.addAttribute("statement", bank.statement(me.accountId()));
		model.addAttribute("claims", bank.claimsOf(me.accountId()));
		model.addAttribute("notices", jdbc.sql("""
				select text_zh, text_en, created_at from community.notice where account_id = ? order by created_at desc limit 10""")
			.param(me.accountId())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2),
					rs.getObject(3, java.time.OffsetDateTime.class).atZoneSameInstant(Ideas.ZONE).toLocalDate().toString() })
			.list());
		model.addAttribute("communities", communities.all());
		return "community/my";
	}

	@PostMapping("/community/my/claims/{id}/confirm")
	String confirmClaim(@PathVariable long id, RedirectAttributes redirect) {
		bank.confirmAsVolunteer(id, currentUser.require());
		redirect.addFlashAttribute("confirmed", true);
		return "redirect:/community/my";
	}

	@PostMapping("/community/my/spend")
	String spend(@RequestParam BigDecimal hours, @RequestParam String service, @RequestParam String beneficiary,
			RedirectAttributes redirect) {
		bank.spend(currentUser.require(), hours, service, beneficiary);
		redirect.addFlashAttribute("spent", true);
		return "redirect:/community/my";
	}

}
