package org.onedoor.appeals;

import java.time.Clock;

import org.onedoor.directory.Directory;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 单位待办: the unit's appeals with their deadline colours; and the unit head's overview. */
@Controller
@RequestMapping("/console/appeals")
@PreAuthorize("hasAnyRole('UNIT_HANDLER', 'UNIT_HEAD')")
class UnitInboxController {

	private final WorkQueries queries;

	private final DeadlineViews deadlines;

	private final CurrentUser currentUser;

	private final Directory directory;

	private final Clock clock;

	UnitInboxController(WorkQueries queries, DeadlineViews deadlines, CurrentUser currentUser, Directory directory,
			Clock clock) {
		this.queries = queries;
		this.deadlines = deadlines;
		this.currentUser = currentUser;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String status,
			Model model) {
		SignedIn me = unitStaff();
		model.addAttribute("rows", queries.inbox(me.unitId(), mine ? me.accountId() : null, status)
			.stream()
			.map(deadlines::decorate)
			.toList());
		model.addAttribute("mine", mine);
		model.addAttribute("status", status);
		model.addAttribute("unitName", directory.findUnit(me.unitId()).map(u -> u.name()).orElse(""));
		return "appeals/work/inbox";
	}

	@GetMapping("/overview")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String overview(Model model) {
		SignedIn me = unitStaff();
		model.addAttribute("byStatus", queries.countsByStatus(me.unitId(), clock.instant()));
		model.addAttribute("byPerson", queries.countsByPerson(me.unitId(), clock.instant()));
		model.addAttribute("unitName", directory.findUnit(me.unitId()).map(u -> u.name()).orElse(""));
		return "appeals/work/overview";
	}

	private SignedIn unitStaff() {
		SignedIn me = currentUser.require();
		if (me.unitId() == null) {
			throw new AccessDeniedException("no unit");
		}
		return me;
	}

}
