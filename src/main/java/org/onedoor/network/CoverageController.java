package org.onedoor.network;

import org.onedoor.directory.Directory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coverage report for staff: a table to drill down and a chart, Guizhou first. */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class CoverageController {

	private final ServiceNetwork network;

	private final Directory directory;

	CoverageController(ServiceNetwork network, Directory directory) {
		this.network = network;
		this.directory = directory;
	}

	@GetMapping("/console/network/coverage")
	String coverage(@RequestParam(defaultValue = "52") String division, Model model) {
		Coverage coverage = network.coverage(division);
		model.addAttribute("coverage", coverage);
		model.addAttribute("ancestors", directory.ancestors(coverage.code()));
		return "network/coverage";
	}

}
