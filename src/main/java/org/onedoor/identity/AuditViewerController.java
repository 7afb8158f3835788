package org.onedoor.identity;

import java.time.LocalDate;

import org.onedoor.audit.AuditEntry;
import org.onedoor.audit.AuditFilter;
import org.onedoor.audit.AuditLog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators and supervisors: filter by who, what, which record and when. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
class AuditViewerController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditViewerController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/console/audit")
	String search(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String subjectType, @RequestParam(defaultValue = "") String subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter = new AuditFilter(actor, action, subjectType, subjectId, from, to);
		Page<AuditEntry> entries = audit.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("entries", entries);
		return "identity/audit";
	}

}
