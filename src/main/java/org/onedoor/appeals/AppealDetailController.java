package org.onedoor.appeals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.identity.Accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One appeal for staff: the matter, the citizen (masked; revealed on request, audited; never
 * for the unit a report is about), deadlines with the time left, the full timeline and the
 * actions this person may take now.
 */
@Controller
@RequestMapping("/console/appeals")
@PreAuthorize("hasAuthority('STAFF')")
class AppealDetailController {

	private final CaseStore cases;

	private final StaffScope scope;

	private final WorkQueries queries;

	private final DeadlineViews deadlines;

	private final Directory directory;

	private final Accounts accounts;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final CategorySuggestions suggestions;

	AppealDetailController(CaseStore cases, StaffScope scope, WorkQueries queries, DeadlineViews deadlines,
			Directory directory, Accounts accounts, AuditLog audit, JdbcClient jdbc, CategorySuggestions suggestions) {
		this.suggestions = suggestions;
		this.cases = cases;
		this.scope = scope;
		this.queries = queries;
		this.deadlines = deadlines;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		return show(id, false, model);
	}

	/** Shows the mobile and ID number in full, once, and records who looked. */
	@PostMapping("/{id}/reveal")
	@Transactional
	String reveal(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		AppealCase appeal = cases.load(id);
		StaffScope.Viewer viewer = scope.viewer(appeal);
		if (!CitizenCard.of(appeal, viewer.concernedUnit(), false).visibility().mayReveal()) {
			throw new AccessDeniedException("the citizen of appeal " + id + " may not be revealed to this person");
		}
		audit.record("personal-data.revealed", "appeal", appeal.trackingNumber().value(), "mobile, ID number");
		String page = show(id, true, model);
		return htmx != null ? "appeals/work/detail :: citizen" : page;
	}

	/** Units whose name contains the text, for the dispatch form's suggestions. */
	@GetMapping("/units")
	String units(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("units", directory.findUnitsByName(q, 20).stream().filter(Unit::active).toList());
		return "appeals/work/units :: options";
	}

	private String show(long id, boolean reveal, Model model) {
		AppealCase appeal = cases.load(id);
		StaffScope.Viewer viewer = scope.viewer(appeal);
		Set<AppealAction> actions = ActionsOffered.of(appeal.status(), viewer.dispatcher(), viewer.leadUnit(),
				viewer.oversight(), appeal.extensionRequested(), appeal.rating());
		CitizenCard citizen = CitizenCard.of(appeal, viewer.concernedUnit(), reveal);
		model.addAttribute("appeal", appeal);
		model.addAttribute("citizen", citizen);
		model.addAttribute("canReveal", !reveal && citizen.hasSomethingToReveal(appeal));
		model.addAttribute("actions", actions);
		model.addAttribute("stage",
				deadlines.of(appeal.status(), appeal.stageStartedAt(), appeal.stageDeadline(), appeal.leadUnitId()));
		model.addAttribute("reply", deadlines.of(appeal.status(), appeal.acceptedAt(), appeal.replyDeadline(),
				appeal.leadUnitId()));
		model.addAttribute("timeline", queries.timeline(id));
		model.addAttribute("unitNames", unitNames(appeal, queries.timeline(id)));
		model.addAttribute("categoryName", categoryName(appeal.categoryCode()));
		model.addAttribute("reporterProtected", CitizenVisibility.protectsReporter(appeal.type(), appeal.petitionType()));
		if (actions.contains(AppealAction.DISPATCH)) {
			model.addAttribute("routingSuggestions", suggestions.forAppeal(appeal));
		}
		if (actions.contains(AppealAction.SIGN_FOR)) {
			model.addAttribute("unitStaff", accounts.staffOf(appeal.leadUnitId()));
		}
		return "appeals/work/detail";
	}

	private Map<Long, String> unitNames(AppealCase appeal, List<WorkQueries.Step> steps) {
		Map<Long, String> names = new LinkedHashMap<>();
		java.util.stream.Stream
			.concat(java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(appeal.leadUnitId()),
					appeal.coUnitIds().stream()), steps.stream().map(WorkQueries.Step::unitId))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(unitId -> directory.findUnit(unitId).ifPresent(unit -> names.put(unitId, unit.name())));
		return names;
	}

	private String categoryName(String code) {
		return code == null ? null
				: jdbc.sql("select name from appeals.category where code = ?").param(code).query(String.class).optional()
					.orElse(code);
	}

}
