package org.onedoor.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The reform ledger's public report: a page for people and JSON for dashboards. */
@Controller
class ReformController {

	static final int RECENT = 100;

	private final ReformReport report;

	private final ReformLedger ledger;

	ReformController(ReformReport report, ReformLedger ledger) {
		this.report = report;
		this.ledger = ledger;
	}

	@GetMapping("/hall/reform")
	String page(Model model) {
		List<ReformFigures> units = report.byUnit();
		model.addAttribute("units", units);
		model.addAttribute("total", ReformFigures.total(units));
		model.addAttribute("target", ReformFigures.TARGET);
		model.addAttribute("entries", ledger.entries(null, RECENT));
		return "catalogue/reform";
	}

	@GetMapping(path = "/api/catalogue/reform", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> json() {
		List<ReformFigures> units = report.byUnit();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("target", Map.of("averageMaterialsBelow", ReformFigures.TARGET));
		out.put("total", figures(ReformFigures.total(units)));
		out.put("units", units.stream().map(ReformController::figures).toList());
		out.put("entries", ledger.entries(null, RECENT));
		return out;
	}

	private static Map<String, Object> figures(ReformFigures f) {
		Map<String, Object> m = new LinkedHashMap<>();
		if (f.unitCode() != null) {
			m.put("unitCode", f.unitCode());
			m.put("unit", f.unitName());
		}
		m.put("items", f.items());
		m.put("materials", f.materials());
		m.put("averageMaterials", f.averageMaterials());
		m.put("meetsTarget", f.meetsTarget());
		m.put("stepsRemoved", f.stepsRemoved());
		m.put("materialsRemoved", f.materialsRemoved());
		return m;
	}

}
