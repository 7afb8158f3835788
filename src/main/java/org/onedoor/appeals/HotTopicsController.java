package org.onedoor.appeals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 热点问题 for leaders, supervisors and administrators: the topics of a week (default), a month or
 * chosen days within their division, with trend alerts; a topic's page records the decision and
 * publishes the response (leaders and administrators).
 */
@Controller
@RequestMapping("/console/hot-topics")
@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN')")
class HotTopicsController {

	private final HotTopics topics;

	private final CurrentUser currentUser;

	private final Directory directory;

	private final DeskFormErrors errors;

	private final java.time.Clock clock;

	HotTopicsController(HotTopics topics, CurrentUser currentUser, Directory directory, DeskFormErrors errors,
			java.time.Clock clock) {
		this.topics = topics;
		this.currentUser = currentUser;
		this.directory = directory;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "week") String window, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, HttpServletResponse response) {
		LocalDate today = clock.instant().atZone(RegisterAppeal.CHINA).toLocalDate();
		model.addAttribute("kind", window);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		String prefix = prefix();
		HotTopicWindow chosen;
		try {
			chosen = switch (window) {
				case "month" -> HotTopicWindow.month(today);
				case "custom" -> HotTopicWindow.custom(date("from", from), date("to", to));
				default -> HotTopicWindow.week(today);
			};
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			model.addAttribute("topics", List.of());
			model.addAttribute("alerts", topics.alerts(prefix));
			return "appeals/intel/hot-topics";
		}
		model.addAttribute("window", chosen);
		model.addAttribute("previous", chosen.previous());
		model.addAttribute("topics", topics.topics(chosen, prefix));
		// after the window's topics are kept: an alert they raise shows at once
		model.addAttribute("alerts", topics.alerts(prefix));
		return "appeals/intel/hot-topics";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		HotTopicStore.Kept topic = topics.topic(id, prefix());
		model.addAttribute("topic", topic);
		model.addAttribute("appeals", topics.appeals(topic));
		model.addAttribute("decisionUnit", topic.decisionUnitCode() == null ? null
				: directory.findUnitByCode(topic.decisionUnitCode()).map(Unit::name).orElse(topic.decisionUnitCode()));
		SignedIn me = currentUser.require();
		model.addAttribute("mayDecide", me.has(Role.LEADER) || me.has(Role.ADMIN));
		model.addAttribute("units", me.divisionCode() == null ? List.of() : directory.unitsAt(me.divisionCode()));
		return "appeals/intel/hot-topic";
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	String decide(@PathVariable long id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String date, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			topics.decide(id, prefix(), decision, unitCode, date, StaffScope.actor(currentUser.require()));
		}
		catch (InvalidInputException ex) {
			errors.show(model, response, ex);
			model.addAttribute("decisionDraft", decision);
			return show(id, model);
		}
		redirect.addFlashAttribute("done", "decided");
		return "redirect:/console/hot-topics/" + id;
	}

	@PostMapping("/{id}/response")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
	String respond(@PathVariable long id, @RequestParam(required = false) String response, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("told", topics.respond(id, prefix(), response, StaffScope.actor(currentUser.require())));
		}
		catch (InvalidInputException ex) {
			errors.show(model, http, ex);
			model.addAttribute("responseDraft", response);
			return show(id, model);
		}
		redirect.addFlashAttribute("done", "responded");
		return "redirect:/console/hot-topics/" + id;
	}

	/** Administrators see every division; the others the division their unit serves. */
	private String prefix() {
		SignedIn me = currentUser.require();
		return me.has(Role.ADMIN) ? "" : DivisionPrefix.of(me.divisionCode());
	}

	private static LocalDate date(String field, String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "appeals-intel.hot.date.invalid");
		}
	}

}
