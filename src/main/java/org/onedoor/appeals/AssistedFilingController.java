package org.onedoor.appeals;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 窗口 and 帮办代办: a window clerk or a village agent files for a citizen who came in person,
 * recorded as filed on their behalf by that staff member; the citizen leaves with a printed
 * slip carrying the tracking number.
 */
@Controller
@RequestMapping("/console/assisted")
@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'VILLAGE_AGENT')")
class AssistedFilingController {

	private final DeskIntake intake;

	private final DeskActors actors;

	private final DeskFormErrors errors;

	private final DeskQueries queries;

	AssistedFilingController(DeskIntake intake, DeskActors actors, DeskFormErrors errors, DeskQueries queries) {
		this.intake = intake;
		this.actors = actors;
		this.errors = errors;
		this.queries = queries;
	}

	@ModelAttribute("form")
	DeskForm form() {
		return new DeskForm();
	}

	@GetMapping
	String page() {
		return "appeals/desk/assisted";
	}

	@PostMapping
	String file(@ModelAttribute("form") DeskForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			errors.show(model, response, DeskFormErrors.bindingProblems(binding));
			return "appeals/desk/assisted";
		}
		SignedIn staff = actors.signedIn().orElseThrow();
		try {
			NewAppeal appeal = form.builder(channelFor(staff))
				.filedBy(staff.accountId(), true)
				.build();
			RegisteredAppeal registered = intake.register(appeal, actors.staff(), form.getFiles());
			return "redirect:/console/assisted/slip/" + registered.trackingNumber().value();
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			return "appeals/desk/assisted";
		}
	}

	/**
	 * The printable slip: tracking number and how to follow the appeal. Only for the person who
	 * filed it: to any other clerk or agent the number names nothing (no title, no existence).
	 */
	@GetMapping("/slip/{number}")
	String slip(@PathVariable String number, Model model) {
		long me = actors.signedIn().orElseThrow().accountId();
		DeskAppeal appeal = TrackingNumber.parse(number)
			.flatMap(n -> queries.filedBy(n, me))
			.orElseThrow(() -> new NotFoundException("appeals.notFound"));
		model.addAttribute("appeal", appeal);
		return "appeals/desk/slip";
	}

	/** A village agent files as 帮办代办; a window clerk (or anyone else here) as a walk-in. */
	static Channel channelFor(SignedIn staff) {
		return staff.has(Role.VILLAGE_AGENT) && !staff.has(Role.WINDOW_CLERK) ? Channel.VILLAGE_AGENT : Channel.WALK_IN;
	}

}
