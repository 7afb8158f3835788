package org.onedoor.appeals;

import org.onedoor.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
 * 疑似重复: the operator or dispatcher sees an appeal's possible duplicates with the reasons and
 * decides — merge into one, or keep separate — and can undo a merge. Every decision is audited
 * by {@link MergeAppeals}.
 */
@Controller
@RequestMapping("/console/appeals/{id}/duplicates")
@PreAuthorize("hasAnyRole('HOTLINE_OPERATOR', 'DISPATCHER', 'ADMIN')")
class MergeConsoleController {

	private final DuplicateCandidates candidates;

	private final MergeAppeals merges;

	private final DeskActors actors;

	private final JdbcClient jdbc;

	private final StaffScope scope;

	private final CaseStore cases;

	MergeConsoleController(DuplicateCandidates candidates, MergeAppeals merges, DeskActors actors, JdbcClient jdbc,
			StaffScope scope, CaseStore cases) {
		this.candidates = candidates;
		this.merges = merges;
		this.actors = actors;
		this.jdbc = jdbc;
		this.scope = scope;
		this.cases = cases;
	}

	/** The roles above, and only for appeals they oversee: a dispatcher of another city merges nothing here. */
	private void overseen(long... appealIds) {
		for (long appealId : appealIds) {
			if (!scope.viewer(cases.load(appealId)).oversight()) {
				throw new AccessDeniedException("no oversight of appeal " + appealId);
			}
		}
	}

	record Subject(long id, String number, String title, AppealStatus status, String mergedInto) {
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		overseen(id);
		model.addAttribute("appeal", jdbc.sql("""
				select a.id, a.tracking_number, a.title, a.status, p.tracking_number
				from appeals.appeal a left join appeals.appeal p on p.id = a.merged_into_id where a.id = ?""")
			.param(id)
			.query((rs, n) -> new Subject(rs.getLong(1), new TrackingNumber(rs.getString(2)).display(), rs.getString(3),
					AppealStatus.valueOf(rs.getString(4)),
					rs.getString(5) == null ? null : new TrackingNumber(rs.getString(5)).display()))
			.optional()
			.orElseThrow(() -> new NotFoundException("appeals.notFound")));
		model.addAttribute("candidates", candidates.undecided(id));
		return "appeals/intel/candidates";
	}

	@PostMapping("/merge")
	String merge(@PathVariable long id, @RequestParam long into, RedirectAttributes redirect) {
		overseen(id, into);
		merges.merge(id, into, actors.staff(), null);
		redirect.addFlashAttribute("done", "merged");
		return "redirect:/console/appeals/" + id + "/duplicates";
	}

	@PostMapping("/separate")
	String separate(@PathVariable long id, @RequestParam long from, RedirectAttributes redirect) {
		overseen(id, from);
		merges.keepSeparate(id, from, actors.staff());
		redirect.addFlashAttribute("done", "separate");
		return "redirect:/console/appeals/" + id + "/duplicates";
	}

	@PostMapping("/unmerge")
	String unmerge(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		overseen(id);
		merges.unmerge(id, actors.staff(), reason == null || reason.isBlank() ? null : reason.strip());
		redirect.addFlashAttribute("done", "unmerged");
		return "redirect:/console/appeals/" + id + "/duplicates";
	}

}
