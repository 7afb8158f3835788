package org.onedoor.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onedoor.applications.CaseFiles.NoticeItem;
import org.onedoor.applications.DecideStep.Action;
import org.onedoor.catalogue.ServiceItem.RequiredMaterial;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff console: the window's queue (check, deliver) and the approval queue of each step
 * holder, each application's page with the actions its viewer may take, and the 差评
 * rectifications.
 */
@Controller
class ApplicationConsoleController {

	private final CurrentUser current;

	private final ApplicationStore store;

	private final ApplicationAccess access;

	private final CaseViews views;

	private final CheckApplication check;

	private final DecideStep decide;

	private final DeliverResult deliver;

	private final ApplicationReviews reviews;

	private final MessageSource messages;

	ApplicationConsoleController(CurrentUser current, ApplicationStore store, ApplicationAccess access, CaseViews views,
			CheckApplication check, DecideStep decide, DeliverResult deliver, ApplicationReviews reviews, MessageSource messages) {
		this.current = current;
		this.store = store;
		this.access = access;
		this.views = views;
		this.check = check;
		this.decide = decide;
		this.deliver = deliver;
		this.reviews = reviews;
		this.messages = messages;
	}

	@GetMapping("/console/applications")
	String queues(Model model) {
		SignedIn me = current.require();
		List<Long> units = me.unitId() == null ? List.of() : List.of(me.unitId());
		model.addAttribute("window", me.has(Role.WINDOW_CLERK) ? views.rows(store.atHalls(units)) : List.of());
		model.addAttribute("steps",
				views.rows(store.atSteps(units, me.roles().stream().map(Role::name).toList())));
		model.addAttribute("filed", views.rows(store.filedBy(me.accountId(),
				me.has(Role.VILLAGE_AGENT) ? Channel.AGENT : Channel.WINDOW)));
		model.addAttribute("clerk", me.has(Role.WINDOW_CLERK));
		return "applications/console/queues";
	}

	@GetMapping("/console/applications/{number}")
	String detail(@PathVariable String number, @RequestParam(defaultValue = "false") boolean reveal, Model model) {
		SignedIn me = current.require();
		Application a = access.readable(store.find(number), number, me);
		boolean own = access.isApplicant(a, me);
		model.addAttribute("view", views.of(a, !own, reveal));
		model.addAttribute("canCheck", access.isClerk(a, me) && a.state() == ApplicationState.SUBMITTED);
		model.addAttribute("canDeliver", access.isClerk(a, me) && a.state() == ApplicationState.DECIDED);
		model.addAttribute("canDecide", access.holdsStep(a, me));
		model.addAttribute("revealed", reveal || own);
		return "applications/console/detail";
	}

	@PostMapping("/console/applications/{number}/accept")
	String accept(@PathVariable String number) {
		check.accept(number, current.require());
		return back(number);
	}

	@PostMapping("/console/applications/{number}/notice")
	String notice(@PathVariable String number, @RequestParam Map<String, String> params) {
		SignedIn me = current.require();
		Application a = access.readable(store.find(number), number, me);
		List<NoticeItem> items = new ArrayList<>();
		for (RequiredMaterial m : a.materials()) {
			String reason = params.getOrDefault("reason_" + m.code(), "").strip();
			if (!reason.isEmpty()) {
				items.add(new NoticeItem(m.code(), m.name(), reason));
			}
		}
		String other = params.getOrDefault("reason_OTHER", "").strip();
		if (!other.isEmpty()) {
			items.add(new NoticeItem("OTHER",
					messages.getMessage("applications.notice.other", null, LocaleContextHolder.getLocale()), other));
		}
		check.issueNotice(number, me, items);
		return back(number);
	}

	@PostMapping("/console/applications/{number}/reject")
	String reject(@PathVariable String number, @RequestParam(required = false) String reason) {
		check.reject(number, current.require(), reason);
		return back(number);
	}

	@PostMapping("/console/applications/{number}/decide")
	String decide(@PathVariable String number, @RequestParam int step, @RequestParam String action,
			@RequestParam(required = false) String note) {
		Action which;
		try {
			which = Action.valueOf(action);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("action", "applications.step.action");
		}
		decide.decide(number, current.require(), step, which, note);
		return back(number);
	}

	@PostMapping("/console/applications/{number}/deliver")
	String deliver(@PathVariable String number, @RequestParam(required = false) String method,
			@RequestParam(required = false) String address, @RequestParam(required = false) String trackingNumber) {
		deliver.deliver(number, current.require(), method, address, trackingNumber);
		return back(number);
	}

	@GetMapping("/console/applications/rectifications")
	String rectifications(Model model) {
		SignedIn me = current.require();
		model.addAttribute("rectifications", reviews.visibleTo(me));
		model.addAttribute("head", me.has(Role.UNIT_HEAD));
		model.addAttribute("supervisor", me.has(Role.SUPERVISOR));
		return "applications/console/rectifications";
	}

	@PostMapping("/console/applications/rectifications/{id}")
	String advance(@PathVariable long id, @RequestParam(required = false) String note) {
		reviews.advance(id, current.require(), note);
		return "redirect:/console/applications/rectifications";
	}

	private static String back(String number) {
		return "redirect:/console/applications/" + number;
	}

}
