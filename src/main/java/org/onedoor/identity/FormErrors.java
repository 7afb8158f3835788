package org.onedoor.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.shared.InvalidInputException;

import org.springframework.ui.Model;

/** Puts a refused form's message on the re-shown form instead of leaving the page. */
final class FormErrors {

	private FormErrors() {
	}

	static void show(Model model, HttpServletResponse response, InvalidInputException ex) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errorField", ex.parameter());
		model.addAttribute("errorKey", ex.messageKey());
		model.addAttribute("errorArgs", ex.arguments());
	}

	static void show(Model model, HttpServletResponse response, RateLimitedException ex) {
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(ex.seconds()));
		model.addAttribute("errorKey", "identity.sms.tooMany");
		model.addAttribute("errorArgs", new Object[] { ex.minutes() });
	}

}
