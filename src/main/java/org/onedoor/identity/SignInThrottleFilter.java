package org.onedoor.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.audit.AuditLog;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt before the password is even checked when the account name or the
 * address has used up its failures, so a locked account stays locked for the right password too.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login");

	private final RateLimits limits;

	private final ProblemAnswers problems;

	private final AuditLog audit;

	SignInThrottleFilter(RateLimits limits, ProblemAnswers problems, AuditLog audit) {
		this.limits = limits;
		this.problems = problems;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SIGN_IN.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String login = AccountDetailsService.normalise(request.getParameter("username"));
		Optional<Duration> blocked = limits.signInBlocked(login, request.getRemoteAddr());
		if (blocked.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		audit.recordAs(SecurityAudit.actorFor(login), "identity.signin.blocked", "account", null,
				"retry in " + ProblemAnswers.minutes(blocked.get()) + " min");
		if (SignInFailure.wantsJson(request)) {
			problems.tooMany(request, response, blocked.get());
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?locked=" + ProblemAnswers.minutes(blocked.get()));
		}
	}

}
