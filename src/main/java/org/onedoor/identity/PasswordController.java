package org.onedoor.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every signed-in person's own password page. */
@Controller
class PasswordController {

	private final PasswordChange passwords;

	private final CurrentUser currentUser;

	PasswordController(PasswordChange passwords, CurrentUser currentUser) {
		this.passwords = passwords;
		this.currentUser = currentUser;
	}

	@GetMapping("/account/password")
	String form(HttpSession session, Model model) {
		model.addAttribute("required", session.getAttribute(PasswordChangeRequiredFilter.SESSION_FLAG) != null);
		model.addAttribute("staff", currentUser.require().isStaff());
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, HttpSession session, HttpServletResponse response,
			Model model) {
		SignedIn me = currentUser.require();
		try {
			passwords.change(me.accountId(), current, password, confirmation);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, response, ex);
			model.addAttribute("required", session.getAttribute(PasswordChangeRequiredFilter.SESSION_FLAG) != null);
			model.addAttribute("staff", me.isStaff());
			return "identity/password";
		}
		session.removeAttribute(PasswordChangeRequiredFilter.SESSION_FLAG);
		return "redirect:/account/password?changed";
	}

}
