package org.onedoor.appeals;

import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** 派单台: what waits for the dispatcher in their division, most urgent first. */
@Controller
@RequestMapping("/console/appeals/queue")
@PreAuthorize("hasAnyRole('DISPATCHER', 'SUPERVISOR')")
class DispatcherQueueController {

	private final WorkQueries queries;

	private final DeadlineViews deadlines;

	private final CurrentUser currentUser;

	private final CategorySuggestions suggestions;

	DispatcherQueueController(WorkQueries queries, DeadlineViews deadlines, CurrentUser currentUser,
			CategorySuggestions suggestions) {
		this.suggestions = suggestions;
		this.queries = queries;
		this.deadlines = deadlines;
		this.currentUser = currentUser;
	}

	@GetMapping
	String queue(WorkQueries.QueueFilter filter, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		SignedIn me = currentUser.require();
		java.util.List<CaseRow> rows = queries.queue(me.divisionCode(), filter);
		model.addAttribute("rows", rows.stream().map(deadlines::decorate).toList());
		model.addAttribute("suggested", suggestions.bestForQueue(rows));
		model.addAttribute("filter", filter);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("types", AppealType.values());
		return htmx != null ? "appeals/work/queue :: rows" : "appeals/work/queue";
	}

}
