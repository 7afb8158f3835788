package org.onedoor.appeals;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 网上信访 for signed-in citizens, and the petition office's registration of letters and
 * visits in the console. Both land in {@link PetitionIntake}.
 */
@Controller
class PetitionController {

	private final PetitionIntake petitions;

	private final DeskActors actors;

	private final DeskFormErrors errors;

	PetitionController(PetitionIntake petitions, DeskActors actors, DeskFormErrors errors) {
		this.petitions = petitions;
		this.actors = actors;
		this.errors = errors;
	}

	@ModelAttribute("form")
	DeskForm form() {
		return new DeskForm();
	}

	@GetMapping("/petitions/new")
	@PreAuthorize("hasRole('CITIZEN')")
	String citizenForm() {
		return "appeals/desk/petition-new";
	}

	/** The contact number of an online petition is the account's own verified mobile, shown masked. */
	@ModelAttribute("accountMobile")
	String accountMobile() {
		return actors.signedIn().map(s -> org.onedoor.identity.Masking.mobile(s.loginName())).orElse("");
	}

	@PostMapping("/petitions/new")
	@PreAuthorize("hasRole('CITIZEN')")
	String citizenPetition(@ModelAttribute("form") DeskForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SignedIn citizen = actors.signedIn().orElseThrow();
		form.setCitizenMobile(citizen.loginName());
		return register(form, binding, PetitionIntake.Form.ONLINE, actors.citizen(), citizen.accountId(),
				"appeals/desk/petition-new", "redirect:/my/appeals", model, response, redirect);
	}

	@GetMapping("/console/petitions/new")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'SUPERVISOR')")
	String staffForm() {
		return "appeals/desk/petition-console";
	}

	@PostMapping("/console/petitions/new")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'SUPERVISOR')")
	String staffPetition(@ModelAttribute("form") DeskForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PetitionIntake.Form how = "VISIT".equals(form.getPetitionForm()) ? PetitionIntake.Form.VISIT
				: PetitionIntake.Form.LETTER;
		return register(form, binding, how, actors.staff(), null, "appeals/desk/petition-console",
				"redirect:/console/petitions/new", model, response, redirect);
	}

	private String register(DeskForm form, BindingResult binding, PetitionIntake.Form how, Actor actor,
			Long citizenAccount, String view, String done, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			errors.show(model, response, DeskFormErrors.bindingProblems(binding));
			return view;
		}
		form.setType(PetitionIntake.appealType(form.getPetitionType()));
		form.setAnonymous(false);
		try {
			NewAppeal petition = form.builder(Channel.PETITION)
				.petition(form.getPetitionType())
				.citizenAccount(citizenAccount)
				.filedBy(citizenAccount == null ? actor.accountId() : null, false)
				.build();
			RegisteredAppeal registered = petitions.register(petition, how, actor, form.getFiles());
			redirect.addFlashAttribute("registered", registered.trackingNumber().display());
			return done;
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			return view;
		}
	}

}
