package org.onedoor.calendar;

import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Units that keep their own office hours; listed on the calendar page. */
@Controller
@RequestMapping("/console/calendar/office-hours")
@PreAuthorize("hasRole('ADMIN')")
class OfficeHoursConsoleController {

	private final CalendarAdministration administration;

	OfficeHoursConsoleController(CalendarAdministration administration) {
		this.administration = administration;
	}

	@PostMapping
	String define(@RequestParam long unitId, @RequestParam(defaultValue = "") String sessions,
			RedirectAttributes redirect) {
		OfficeHours hours;
		try {
			hours = OfficeHoursText.parse(sessions, OfficeHours.CHINA);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("sessions", "calendar.hours.invalid", sessions);
		}
		administration.defineOfficeHours(unitId, hours);
		redirect.addFlashAttribute("hoursSaved", true);
		return "redirect:/console/calendar";
	}

	@PostMapping("/{unitId}/remove")
	String remove(@PathVariable long unitId, RedirectAttributes redirect) {
		administration.removeOfficeHours(unitId);
		redirect.addFlashAttribute("hoursSaved", true);
		return "redirect:/console/calendar";
	}

}
