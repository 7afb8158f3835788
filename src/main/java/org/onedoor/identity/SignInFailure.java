package org.onedoor.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts the failure against the account name and the address, then answers with one message
 * for every cause, so nobody can learn which accounts exist or are disabled.
 */
@Component
class SignInFailure implements AuthenticationFailureHandler {

	private final RateLimits limits;

	private final ProblemAnswers problems;

	SignInFailure(RateLimits limits, ProblemAnswers problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		limits.signInFailed(AccountDetailsService.normalise(request.getParameter("username")), request.getRemoteAddr());
		if (wantsJson(request)) {
			problems.write(request, response, 401, "identity.signIn.failed");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?error");
		}
	}

	/** The sign-in form posted by an app rather than a browser page. */
	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

}
