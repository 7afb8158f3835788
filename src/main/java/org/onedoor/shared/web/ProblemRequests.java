package org.onedoor.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who gets problem+json instead of a page: API and Open311 paths, the actuator, and any client
 * that asks for JSON or XML without accepting HTML. One rule, so security refusals and
 * application errors answer a caller the same way.
 */
public final class ProblemRequests {

	private ProblemRequests() {
	}

	public static boolean wantsProblem(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/actuator/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && !accept.contains("text/html") && !accept.contains("*/*")
				&& (accept.contains("json") || accept.contains("xml"));
	}

}
