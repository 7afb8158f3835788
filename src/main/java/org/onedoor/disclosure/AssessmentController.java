package org.onedoor.disclosure;

import java.time.Clock;
import java.time.LocalDate;

import org.onedoor.identity.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 绩效考核 for leaders and supervisors; weights for administrators; drill-down to the appeals. */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN')")
class AssessmentController {

	private final Disclosure disclosure;

	private final FigureTables tables;

	private final DrillDown drillDown;

	private final CurrentUser currentUser;

	private final Clock clock;

	AssessmentController(Disclosure disclosure, FigureTables tables, DrillDown drillDown, CurrentUser currentUser,
			Clock clock) {
		this.disclosure = disclosure;
		this.tables = tables;
		this.drillDown = drillDown;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@GetMapping("/console/assessment")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate today = today();
		Assessment assessment = disclosure.assessment(from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
		model.addAttribute("assessment", assessment);
		model.addAttribute("headline", disclosure.headline(assessment.to().getYear()));
		return "disclosure/assessment";
	}

	@GetMapping("/console/assessment.csv")
	ResponseEntity<byte[]> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return WeeklyDisclosureController.download(tables.assessment(disclosure.assessment(from, to)).csv(),
				WeeklyDisclosureController.CSV, "assessment-" + from + "-" + to + ".csv");
	}

	@GetMapping("/console/assessment.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return WeeklyDisclosureController.download(tables.assessment(disclosure.assessment(from, to)).xlsx(),
				WeeklyDisclosureController.XLSX, "assessment-" + from + "-" + to + ".xlsx");
	}

	@GetMapping("/console/assessment/units/{unitId}/{figure}")
	String drill(@PathVariable long unitId, @PathVariable String figure,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Disclosure.checkPeriod(from, to);
		model.addAttribute("rows", drillDown.appeals(unitId, figure, from, to));
		model.addAttribute("figure", figure);
		model.addAttribute("unitId", unitId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("limit", DrillDown.LIMIT);
		return "disclosure/drill";
	}

	@GetMapping("/console/assessment/weights")
	@PreAuthorize("hasRole('ADMIN')")
	String weights(Model model) {
		model.addAttribute("weights", disclosure.weights());
		return "disclosure/weights";
	}

	@PostMapping("/console/assessment/weights")
	@PreAuthorize("hasRole('ADMIN')")
	String changeWeights(@RequestParam int onTime, @RequestParam int satisfaction, @RequestParam int response,
			@RequestParam int resolution, @RequestParam int version) {
		disclosure.changeWeights(new AssessmentWeights(onTime, satisfaction, response, resolution, version),
				currentUser.require().loginName());
		return "redirect:/console/assessment/weights?saved";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CellMarks.CHINA));
	}

}
