package org.onedoor.applications;

import java.util.List;

import org.onedoor.applications.ReviewFigures.UnitFigures;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The published 好差评 figures per unit, as a page and as JSON. */
@Controller
class ApplicationReviewsController {

	private final ReviewFigures figures;

	ApplicationReviewsController(ReviewFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/hall/reviews")
	String page(Model model) {
		model.addAttribute("units", figures.perUnit());
		return "applications/reviews";
	}

	@GetMapping(path = "/api/hall/reviews", produces = "application/json")
	@ResponseBody
	List<UnitFigures> json() {
		return figures.perUnit();
	}

}
