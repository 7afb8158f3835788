package org.onedoor.appeals;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.identity.Masking;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.MobileNumber;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 12345 hotline console: one keyboard-friendly page. The caller's number brings up their
 * earlier appeals, the knowledge base is searched while they talk, and the call ends as a
 * registered appeal or, for a consultation answered from the knowledge base, a closed one.
 */
@Controller
@RequestMapping("/console/hotline")
@PreAuthorize("hasAnyRole('HOTLINE_OPERATOR', 'ADMIN')")
class HotlineConsoleController {

	static final String SPOT = "spot";

	private final DeskIntake intake;

	private final AnswerOnSpot answerOnSpot;

	private final DeskQueries queries;

	private final KnowledgeBase knowledgeBase;

	private final DeskActors actors;

	private final DeskFormErrors errors;

	private final RateAppeal rateAppeal;

	private final DuplicateCandidates duplicates;

	HotlineConsoleController(DeskIntake intake, AnswerOnSpot answerOnSpot, DeskQueries queries,
			KnowledgeBase knowledgeBase, DeskActors actors, DeskFormErrors errors, RateAppeal rateAppeal,
			DuplicateCandidates duplicates) {
		this.rateAppeal = rateAppeal;
		this.duplicates = duplicates;
		this.intake = intake;
		this.answerOnSpot = answerOnSpot;
		this.queries = queries;
		this.knowledgeBase = knowledgeBase;
		this.actors = actors;
		this.errors = errors;
	}

	@ModelAttribute("form")
	DeskForm form() {
		return new DeskForm();
	}

	/** The page opens with the most used answers, so the common questions are one key away. */
	@GetMapping
	String page(Model model) {
		model.addAttribute("answers", knowledgeBase.search("", 5));
		return "appeals/desk/hotline";
	}

	@PostMapping
	String register(@ModelAttribute("form") DeskForm form, BindingResult binding,
			@RequestParam(defaultValue = "register") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			errors.show(model, response, DeskFormErrors.bindingProblems(binding));
			return "appeals/desk/hotline";
		}
		try {
			NewAppeal appeal = form.builder(Channel.HOTLINE).build();
			RegisteredAppeal registered;
			if (SPOT.equals(action)) {
				if (form.getKbAnswerId() == null) {
					throw new InvalidInputException("kbAnswerId", "appeals.desk.hotline.pickAnswer");
				}
				registered = answerOnSpot.answer(appeal, form.getKbAnswerId(), actors.staff(), form.getFiles());
			}
			else {
				registered = intake.register(appeal, actors.staff(), form.getFiles());
			}
			redirect.addFlashAttribute("registered", registered.trackingNumber().display());
			redirect.addFlashAttribute("answeredOnSpot", SPOT.equals(action));
			// one matter, one ticket: the operator tells the caller the number already being handled,
			// or sees the possible duplicates to check
			if (registered.mergedInto() != null) {
				redirect.addFlashAttribute("mergedInto", registered.mergedInto().display());
			}
			else if (!SPOT.equals(action)) {
				redirect.addFlashAttribute("duplicates", duplicates.undecided(registered.id()));
				redirect.addFlashAttribute("registeredId", registered.id());
			}
			return "redirect:/console/hotline";
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			if (form.getKbAnswerId() != null) {
				knowledgeBase.find(form.getKbAnswerId()).ifPresent(a -> model.addAttribute("answers", java.util.List.of(a)));
			}
			return "appeals/desk/hotline";
		}
	}

	/** The caller's earlier appeals, as the operator types the number (htmx). */
	@GetMapping("/caller")
	String caller(@RequestParam(defaultValue = "") String citizenMobile, Model model) {
		var mobile = MobileNumber.parse(citizenMobile);
		model.addAttribute("complete", mobile.isPresent());
		model.addAttribute("earlier", mobile.map(m -> queries.byMobile(m.value(), 20))
			.orElse(java.util.List.of())
			.stream()
			.map(a -> new Earlier(a.trackingNumber().display(), a.title(), a.status(), a.registeredAt(),
					a.anonymous() ? "" : Masking.name(a.citizenName())))
			.toList());
		return "appeals/desk/hotline :: earlier";
	}

	/** Answers matching what the operator types (htmx). */
	@GetMapping("/kb")
	String answers(@RequestParam(defaultValue = "") String kbQuery, Model model) {
		model.addAttribute("answers", kbQuery.isBlank() ? java.util.List.of() : knowledgeBase.search(kbQuery, 8));
		model.addAttribute("searched", !kbQuery.isBlank());
		return "appeals/desk/hotline :: answers";
	}

	/** 回访: the rating a citizen gave on a follow-up call. */
	@PostMapping("/rating")
	String rating(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(required = false) Rating rating,
			@RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			DeskAppeal appeal = TrackingNumber.parse(trackingNumber)
				.flatMap(queries::byNumber)
				.orElseThrow(() -> new InvalidInputException("trackingNumber", "appeals.desk.track.notFound"));
			rateAppeal.rate(appeal, rating, comment, actors.staff(), true);
			redirect.addFlashAttribute("rated", appeal.trackingNumber().display());
			return "redirect:/console/hotline";
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			model.addAttribute("ratingErrors", true);
			return "appeals/desk/hotline";
		}
	}

	/** A caller's earlier appeal as the operator sees it: the name masked. */
	record Earlier(String number, String title, AppealStatus status, java.time.Instant registeredAt, String name) {
	}

}
