package org.onedoor.identity;

import org.onedoor.shared.MobileNumber;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Citizen registration in two steps: the mobile number receives a code, then the code, a name
 * and a password create the account. The pending code is remembered in the session.
 */
@Controller
class RegistrationController {

	static final String PENDING = "identity.registration.challenge";

	static final String PENDING_MOBILE = "identity.registration.mobile";

	private final CitizenRegistration registration;

	RegistrationController(CitizenRegistration registration) {
		this.registration = registration;
	}

	@GetMapping("/register")
	String start() {
		return "identity/register";
	}

	@PostMapping("/register")
	String sendCode(@RequestParam(defaultValue = "") String mobile, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Locale locale, Model model) {
		try {
			UUID challenge = registration.sendCode(mobile, request.getRemoteAddr(), locale);
			session.setAttribute(PENDING, challenge);
			session.setAttribute(PENDING_MOBILE, MobileNumber.parse(mobile).map(MobileNumber::value).orElse(mobile));
			return "redirect:/register/verify";
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, response, ex);
		}
		catch (RateLimitedException ex) {
			FormErrors.show(model, response, ex);
		}
		model.addAttribute("mobile", mobile);
		return "identity/register";
	}

	@GetMapping("/register/verify")
	String verifyForm(HttpSession session, Model model) {
		if (session.getAttribute(PENDING) == null) {
			return "redirect:/register";
		}
		model.addAttribute("maskedMobile", Masking.mobile((String) session.getAttribute(PENDING_MOBILE)));
		return "identity/register-verify";
	}

	@PostMapping("/register/verify")
	String register(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			HttpSession session, HttpServletResponse response, Model model) {
		if (!(session.getAttribute(PENDING) instanceof UUID challenge)) {
			return "redirect:/register";
		}
		try {
			registration.register(challenge, code, displayName, password, confirmation);
			session.removeAttribute(PENDING);
			session.removeAttribute(PENDING_MOBILE);
			return "redirect:/login?registered";
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, response, ex);
			model.addAttribute("displayName", displayName);
			model.addAttribute("maskedMobile", Masking.mobile((String) session.getAttribute(PENDING_MOBILE)));
			return "identity/register-verify";
		}
	}

}
