package org.onedoor.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a password an administrator chose may do nothing but choose their
 * own (or sign out) until they have.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String SESSION_FLAG = "identity.mustChangePassword";

	private static final List<String> ALLOWED = List.of("/account/password", "/logout", "/login", "/css/", "/js/",
			"/webjars/", "/error", "/favicon.ico", "/preferences/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (session == null || session.getAttribute(SESSION_FLAG) == null
				|| ALLOWED.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/account/password");
	}

}
