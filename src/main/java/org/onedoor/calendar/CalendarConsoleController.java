package org.onedoor.calendar;

import java.io.IOException;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.onedoor.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's calendar page: published years, uploading a year (with a diff to confirm
 * when it replaces one) and single-day corrections. Nothing is stored while anything is wrong.
 */
@Controller
@RequestMapping("/console/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarConsoleController {

	/** As long as the column {@code calendar.published_year.source}. */
	private static final int MAX_SOURCE_LENGTH = 300;

	private final CalendarAdministration administration;

	private final YearFileParser parser = new YearFileParser();

	private final MessageSource messages;

	CalendarConsoleController(CalendarAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String years(Model model) {
		model.addAttribute("years", administration.publishedYears());
		model.addAttribute("nextYear", LocalDate.now(OfficeHours.CHINA).getYear() + 1);
		model.addAttribute("unitHours", administration.unitOfficeHours());
		model.addAttribute("defaultHours", OfficeHoursText.format(OfficeHours.DEFAULT));
		return "calendar/years";
	}

	@PostMapping("/import")
	ModelAndView upload(@RequestParam int year, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String source, Locale locale) throws IOException {
		checkYear(year);
		byte[] content = file == null ? new byte[0] : file.getBytes();
		YearFile parsed = parser.parse(year, content);
		if (!parsed.valid()) {
			return rejected(parsed, locale);
		}
		String notice = checkSource(!source.isBlank() ? source.strip() : parsed.source());
		return preview(administration.preview(parsed), notice, false);
	}

	@PostMapping("/import/confirm")
	ModelAndView confirm(@RequestParam int year, @RequestParam String content, @RequestParam String basedOn,
			@RequestParam(defaultValue = "") String source, Locale locale, RedirectAttributes redirect) {
		checkYear(year);
		YearFile parsed = parser.parse(year, content.getBytes(StandardCharsets.UTF_8));
		if (!parsed.valid()) {
			return rejected(parsed, locale);
		}
		String notice = checkSource(source.isBlank() ? "console upload" : source.strip());
		try {
			YearDiff diff = administration.publish(parsed, notice, basedOn);
			redirect.addFlashAttribute("saved", diff.changedDates().size());
			return new ModelAndView("redirect:/console/calendar/" + year);
		}
		catch (CalendarChangedMeanwhile ex) {
			return preview(administration.preview(parsed), notice, true);
		}
	}

	@GetMapping("/{year}")
	String year(@PathVariable int year, Model model) {
		model.addAttribute("year", administration.publishedYear(year));
		model.addAttribute("days", administration.daysOf(year));
		return "calendar/year";
	}

	@PostMapping("/{year}/days")
	ModelAndView saveDay(@PathVariable int year, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String type, Locale locale,
			RedirectAttributes redirect) {
		YearFile parsed = parser.parseDay(year, date, name, type);
		if (!parsed.valid()) {
			ModelAndView page = new ModelAndView("calendar/year", HttpStatus.BAD_REQUEST);
			page.addObject("year", administration.publishedYear(year));
			page.addObject("days", administration.daysOf(year));
			page.addObject("problems", texts(parsed.problems(), locale));
			return page;
		}
		administration.saveDay(year, parsed.days().get(0));
		redirect.addFlashAttribute("saved", 1);
		return new ModelAndView("redirect:/console/calendar/" + year);
	}

	@PostMapping("/{year}/days/{date}/remove")
	String removeDay(@PathVariable int year, @PathVariable LocalDate date, RedirectAttributes redirect) {
		administration.removeDay(year, date);
		redirect.addFlashAttribute("saved", 1);
		return "redirect:/console/calendar/" + year;
	}

	private ModelAndView preview(YearPreview preview, String source, boolean changedMeanwhile) {
		ModelAndView page = new ModelAndView("calendar/preview");
		page.addObject("preview", preview);
		page.addObject("source", source);
		page.addObject("changedMeanwhile", changedMeanwhile);
		return page;
	}

	private ModelAndView rejected(YearFile parsed, Locale locale) {
		ModelAndView page = new ModelAndView("calendar/years", HttpStatus.BAD_REQUEST);
		page.addObject("years", administration.publishedYears());
		page.addObject("nextYear", parsed.year());
		page.addObject("problems", texts(parsed.problems(), locale));
		page.addObject("unitHours", administration.unitOfficeHours());
		page.addObject("defaultHours", OfficeHoursText.format(OfficeHours.DEFAULT));
		return page;
	}

	private List<String> texts(List<ImportProblem> problems, Locale locale) {
		return problems.stream().map(problem -> {
			String text = messages.getMessage(problem.messageKey(), problem.args(), locale);
			return problem.whereKey() == null ? text
					: messages.getMessage(problem.whereKey(), new Object[] { problem.position() }, locale) + text;
		}).toList();
	}

	private static String checkSource(String source) {
		if (source != null && source.length() > MAX_SOURCE_LENGTH) {
			throw new InvalidInputException("source", "calendar.source.tooLong", String.valueOf(MAX_SOURCE_LENGTH));
		}
		return source;
	}

	private static void checkYear(int year) {
		if (year < 1949 || year > 2200) {
			throw new InvalidInputException("year", "calendar.year.invalid", String.valueOf(year));
		}
	}

}
