package org.onedoor.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 每周公示, open to everyone: the page, CSV, Excel and JSON of a published week. */
@Controller
class WeeklyDisclosureController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Disclosure disclosure;

	private final FigureTables tables;

	WeeklyDisclosureController(Disclosure disclosure, FigureTables tables) {
		this.disclosure = disclosure;
		this.tables = tables;
	}

	@GetMapping("/disclosure/weekly")
	String page(@RequestParam(required = false) String week, Model model) {
		Optional<PublishedWeek> shown = week == null || week.isBlank() ? disclosure.latestWeek()
				: Optional.of(disclosure.week(IsoWeek.parse(week)));
		model.addAttribute("shown", shown.orElse(null));
		model.addAttribute("weeks", disclosure.publishedWeeks(104));
		return "disclosure/weekly";
	}

	@GetMapping("/disclosure/weekly.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String week) {
		PublishedWeek shown = find(week);
		return download(tables.weekly(shown).csv(), CSV, "weekly-" + shown.week() + ".csv");
	}

	@GetMapping("/disclosure/weekly.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String week) {
		PublishedWeek shown = find(week);
		return download(tables.weekly(shown).xlsx(), XLSX, "weekly-" + shown.week() + ".xlsx");
	}

	@GetMapping(path = "/api/disclosure/weekly", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	WeeklyJson json(@RequestParam(required = false) String week) {
		return WeeklyJson.of(find(week));
	}

	private PublishedWeek find(String week) {
		if (week == null || week.isBlank()) {
			return disclosure.latestWeek()
				.orElseThrow(() -> new org.onedoor.shared.NotFoundException("disclosure.week.noneYet"));
		}
		return disclosure.week(IsoWeek.parse(week));
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
