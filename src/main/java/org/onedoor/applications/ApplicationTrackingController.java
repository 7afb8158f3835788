package org.onedoor.applications;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.shared.MobileNumber;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public tracking (办件查询) by application number and the applicant's mobile number: the state,
 * step, deadline and history, with the applicant masked. Look-ups are limited per address so
 * numbers cannot be tried in bulk; a wrong pair and an unknown number get the same answer.
 */
@Controller
class ApplicationTrackingController {

	private final ApplicationStore store;

	private final CaseViews views;

	private final TrackingLimit limit;

	ApplicationTrackingController(ApplicationStore store, CaseViews views, TrackingLimit limit) {
		this.store = store;
		this.views = views;
		this.limit = limit;
	}

	@GetMapping("/hall/track")
	String track(@RequestParam(required = false) String number, @RequestParam(required = false) String mobile,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("number", number);
		if (number == null || number.isBlank()) {
			return "applications/track";
		}
		Optional<Duration> wait = limit.tryLookUp(request.getRemoteAddr());
		if (wait.isPresent()) {
			// as the appeals' tracking answers: when to come back, in whole minutes rounded up
			long seconds = Math.max(1, wait.get().toSeconds());
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(seconds));
			model.addAttribute("tooMany", (seconds + 59) / 60);
			return "applications/track";
		}
		Optional<String> phone = MobileNumber.parse(mobile).map(MobileNumber::value);
		Optional<Application> found = phone.flatMap(p -> store.find(number.strip())
			.filter(a -> a.applicant().mobile().equals(p)));
		if (found.isEmpty() || found.get().state() == ApplicationState.DRAFT) {
			response.setStatus(404);
			model.addAttribute("notFound", true);
			return "applications/track";
		}
		model.addAttribute("view", views.of(found.get(), true, false));
		return "applications/track";
	}

}
