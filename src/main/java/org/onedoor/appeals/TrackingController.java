package org.onedoor.appeals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 进度查询: anyone with the tracking number and the mobile's last four digits follows an
 * appeal, rates the reply and, for a petition, asks for 复查 / 复核. The look-up is a POST so
 * the numbers stay out of addresses and logs; a successful one is remembered in the session.
 */
@Controller
class TrackingController {

	private final TrackingLookup lookup;

	private final TrackingView view;

	private final DeskQueries queries;

	private final DeskAccess access;

	private final RateAppeal rateAppeal;

	private final PetitionReviewRequest reviews;

	private final DeskActors actors;

	private final DeskFormErrors errors;

	private final HotTopicStore hotTopics;

	TrackingController(TrackingLookup lookup, TrackingView view, DeskQueries queries, DeskAccess access,
			RateAppeal rateAppeal, PetitionReviewRequest reviews, DeskActors actors, DeskFormErrors errors,
			HotTopicStore hotTopics) {
		this.hotTopics = hotTopics;
		this.lookup = lookup;
		this.view = view;
		this.queries = queries;
		this.access = access;
		this.rateAppeal = rateAppeal;
		this.reviews = reviews;
		this.actors = actors;
		this.errors = errors;
	}

	@GetMapping("/track")
	String form(@RequestParam(defaultValue = "") String number, Model model) {
		model.addAttribute("number", number);
		return "appeals/desk/track";
	}

	@PostMapping("/track")
	String find(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String last4,
			HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
		model.addAttribute("number", number);
		try {
			var found = lookup.find(number, last4, request.getRemoteAddr());
			if (found.isPresent()) {
				access.grant(session, found.get().id());
				return "redirect:/track/" + found.get().trackingNumber().value();
			}
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("notFound", true);
		}
		catch (TrackingLookup.TooMany ex) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(ex.seconds()));
			model.addAttribute("tooManyMinutes", ex.minutes());
		}
		return "appeals/desk/track";
	}

	@GetMapping("/track/{number}")
	String show(@PathVariable String number, HttpSession session, Model model) {
		var appeal = TrackingNumber.parse(number).flatMap(queries::byNumber).filter(a -> access.mayView(a, session));
		if (appeal.isEmpty()) {
			return "redirect:/track";
		}
		model.addAttribute("tracked", view.of(appeal.get()));
		model.addAttribute("categoryName", queries.categoryPath(appeal.get().categoryCode()).orElse(null));
		model.addAttribute("topicResponses", hotTopics.responsesFor(appeal.get().id()));
		return "appeals/desk/track-detail";
	}

	@PostMapping("/track/{number}/rating")
	String rate(@PathVariable String number, @RequestParam(required = false) Rating rating,
			@RequestParam(defaultValue = "") String comment, HttpSession session, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var appeal = TrackingNumber.parse(number).flatMap(queries::byNumber).filter(a -> access.mayView(a, session));
		if (appeal.isEmpty()) {
			return "redirect:/track";
		}
		try {
			rateAppeal.rate(appeal.get(), rating, comment, actors.citizen(), false);
			redirect.addFlashAttribute("rated", true);
			return "redirect:/track/" + appeal.get().trackingNumber().value();
		}
		catch (InvalidInputException ex) {
			return again(appeal.get(), ex, model, response);
		}
	}

	@PostMapping("/track/{number}/review")
	String review(@PathVariable String number, @RequestParam(defaultValue = "") String reason, HttpSession session,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var appeal = TrackingNumber.parse(number).flatMap(queries::byNumber).filter(a -> access.mayView(a, session));
		if (appeal.isEmpty()) {
			return "redirect:/track";
		}
		try {
			RegisteredAppeal linked = reviews.request(appeal.get(), reason, actors.citizen());
			access.grant(session, linked.id());
			redirect.addFlashAttribute("reviewRegistered", linked.trackingNumber().display());
			return "redirect:/track/" + linked.trackingNumber().value();
		}
		catch (InvalidInputException ex) {
			return again(appeal.get(), ex, model, response);
		}
	}

	@GetMapping("/my/appeals")
	@PreAuthorize("hasRole('CITIZEN')")
	String mine(Model model) {
		SignedIn citizen = actors.signedIn().orElseThrow();
		model.addAttribute("appeals", queries.ofCitizen(citizen.accountId(), citizen.loginName()));
		return "appeals/desk/my-appeals";
	}

	private String again(DeskAppeal appeal, InvalidInputException ex, Model model, HttpServletResponse response) {
		errors.show(model, response, ex);
		DeskAppeal fresh = queries.byId(appeal.id()).orElse(appeal);
		model.addAttribute("tracked", view.of(fresh));
		model.addAttribute("categoryName", queries.categoryPath(fresh.categoryCode()).orElse(null));
		model.addAttribute("topicResponses", hotTopics.responsesFor(fresh.id()));
		return "appeals/desk/track-detail";
	}

}
