package org.onedoor.identity;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (one form for citizens and staff) and the friendly refusal page. */
@Controller
class SignInPages {

	@GetMapping("/login")
	String login(@RequestParam(required = false) Integer locked, Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		model.addAttribute("lockedMinutes", locked);
		return "identity/login";
	}

	@RequestMapping(IdentityEndpoints.DENIED_PATH)
	String denied(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "error/403";
	}

}
