package org.onedoor.disclosure;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 领导驾驶舱: volume by channel, category and district, online share, late units, satisfaction. */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN')")
class DashboardController {

	private final DashboardQueries queries;

	private final FigureQueries figures;

	private final Clock clock;

	DashboardController(DashboardQueries queries, FigureQueries figures, Clock clock) {
		this.queries = queries;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/console/dashboards")
	String dashboards(@RequestParam(defaultValue = "12") int months, Model model) {
		if (months < 1 || months > 36) {
			throw new org.onedoor.shared.InvalidInputException("months", "disclosure.months.range", 1, 36);
		}
		LocalDate to = LocalDate.now(clock.withZone(CellMarks.CHINA));
		LocalDate from = to.minusMonths(months - 1L).withDayOfMonth(1);
		model.addAttribute("months", months);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("byChannel", queries.monthly("channel", from, to));
		model.addAttribute("byCategory", queries.monthly("category", from, to));
		model.addAttribute("byDistrict", queries.monthly("district", from, to));
		model.addAttribute("onlineShare", queries.onlineShare(from, to));
		model.addAttribute("satisfaction", queries.satisfaction(from, to));
		model.addAttribute("overdue", queries.mostOverdue(from, to));
		model.addAttribute("freshness", figures.freshness(from, to));
		return "disclosure/dashboards";
	}

}
