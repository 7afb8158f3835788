package org.onedoor.appeals;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work forms of the appeal page. Every form carries the version the person saw: if someone
 * else acted meanwhile, the answer is 409 and nothing changes. Who may do what is checked in the
 * use cases.
 */
@Controller
@RequestMapping("/console/appeals/{id}")
@PreAuthorize("hasAuthority('STAFF')")
class AppealActionsController {

	private final AcceptAppeal accept;

	private final DeclineAppeal decline;

	private final DispatchAppeal dispatch;

	private final SignForAppeal signFor;

	private final ReturnAppeal giveBack;

	private final RequestExtension extension;

	private final DecideExtension decideExtension;

	private final AskCitizen askCitizen;

	private final CitizenSupplied supplied;

	private final ReplyToAppeal reply;

	private final ReopenAppeal reopen;

	private final RemindUnit remind;

	private final Directory directory;

	AppealActionsController(AcceptAppeal accept, DeclineAppeal decline, DispatchAppeal dispatch, SignForAppeal signFor,
			ReturnAppeal giveBack, RequestExtension extension, DecideExtension decideExtension, AskCitizen askCitizen,
			CitizenSupplied supplied, ReplyToAppeal reply, ReopenAppeal reopen, RemindUnit remind, Directory directory) {
		this.accept = accept;
		this.decline = decline;
		this.dispatch = dispatch;
		this.signFor = signFor;
		this.giveBack = giveBack;
		this.extension = extension;
		this.decideExtension = decideExtension;
		this.askCitizen = askCitizen;
		this.supplied = supplied;
		this.reply = reply;
		this.reopen = reopen;
		this.remind = remind;
		this.directory = directory;
	}

	@PostMapping("/accept")
	String accept(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		accept.accept(id, version, note);
		return done(id, AppealAction.ACCEPT, redirect);
	}

	@PostMapping("/decline")
	String decline(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		decline.decline(id, version, reason);
		return done(id, AppealAction.DECLINE, redirect);
	}

	/** Units by code (e.g. GY-CGJ), as dispatchers know them; co-units separated by commas or spaces. */
	@PostMapping("/dispatch")
	String dispatch(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String leadUnit,
			@RequestParam(required = false) String coUnits, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		if (leadUnit == null || leadUnit.isBlank()) {
			throw new InvalidInputException("leadUnit", "appeals.work.leadUnitId.required");
		}
		List<Long> co = new ArrayList<>();
		if (coUnits != null) {
			for (String code : coUnits.split("[,，\\s]+")) {
				if (!code.isBlank()) {
					co.add(unit("coUnits", code).id());
				}
			}
		}
		dispatch.dispatch(id, version, unit("leadUnit", leadUnit).id(), co, note);
		return done(id, AppealAction.DISPATCH, redirect);
	}

	@PostMapping("/sign-for")
	String signFor(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Long responsibleAccountId, RedirectAttributes redirect) {
		signFor.signFor(id, version, responsibleAccountId);
		return done(id, AppealAction.SIGN_FOR, redirect);
	}

	@PostMapping("/return")
	String giveBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		giveBack.giveBack(id, version, reason);
		redirect.addFlashAttribute("done", AppealAction.RETURN);
		return "redirect:/console/appeals/inbox";
	}

	@PostMapping("/extension")
	String requestExtension(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) Integer days, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		extension.request(id, version, days, reason);
		return done(id, AppealAction.REQUEST_EXTENSION, redirect);
	}

	@PostMapping("/extension/approve")
	String approveExtension(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		decideExtension.approve(id, version, note);
		return done(id, AppealAction.APPROVE_EXTENSION, redirect);
	}

	@PostMapping("/extension/refuse")
	String refuseExtension(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		decideExtension.refuse(id, version, reason);
		return done(id, AppealAction.REFUSE_EXTENSION, redirect);
	}

	@PostMapping("/ask-citizen")
	String askCitizen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		askCitizen.ask(id, version, reason);
		return done(id, AppealAction.ASK_CITIZEN, redirect);
	}

	@PostMapping("/citizen-supplied")
	String citizenSupplied(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		supplied.recordedByUnit(id, version, note);
		return done(id, AppealAction.CITIZEN_SUPPLIED, redirect);
	}

	@PostMapping("/reply")
	String reply(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reply,
			RedirectAttributes redirect) {
		this.reply.reply(id, version, reply);
		return done(id, AppealAction.REPLY, redirect);
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		reopen.reopen(id, version, reason);
		return done(id, AppealAction.REOPEN, redirect);
	}

	@PostMapping("/remind")
	String remind(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		remind.remind(id, version, note);
		return done(id, AppealAction.REMIND, redirect);
	}

	private Unit unit(String field, String code) {
		return directory.findUnitByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new InvalidInputException(field, "appeals.work.unit.unknown", code.strip()));
	}

	private static String done(long id, AppealAction action, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", action);
		return "redirect:/console/appeals/" + id;
	}

}
