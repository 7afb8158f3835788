package org.onedoor.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a good password: forgive the account's earlier failures, send someone with a temporary
 * password to change it, otherwise back to the page they wanted (staff to the console).
 */
@Component
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	private final RateLimits limits;

	private final ObjectMapper json;

	SignInSuccess(RateLimits limits, ObjectMapper json) {
		this.limits = limits;
		this.json = json;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		limits.signInSucceeded(AccountDetailsService.normalise(request.getParameter("username")));
		AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
		if (principal.mustChangePassword()) {
			request.getSession().setAttribute(PasswordChangeRequiredFilter.SESSION_FLAG, Boolean.TRUE);
		}
		if (SignInFailure.wantsJson(request)) {
			SignedIn who = principal.signedIn();
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), Map.of("accountId", who.accountId(), "displayName",
					who.displayName(), "mustChangePassword", principal.mustChangePassword()));
			return;
		}
		if (principal.mustChangePassword()) {
			getRedirectStrategy().sendRedirect(request, response, "/account/password");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal && principal.signedIn().isStaff()) {
			return "/console";
		}
		return "/";
	}

}
