package org.onedoor.platform;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A NUL character in a query or form field is never meant and PostgreSQL cannot store or even
 * compare it: refused at the door with a 400 for every module, instead of each search and form
 * failing with a database error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnstorableCharactersFilter extends OncePerRequestFilter {

	private final DirectAnswer answer;

	UnstorableCharactersFilter(DirectAnswer answer) {
		this.answer = answer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			if (field.getKey().indexOf('\0') >= 0 || containsNul(field.getValue())) {
				answer.badRequest(request, response, "error.request.unreadable");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean containsNul(String[] values) {
		for (String value : values) {
			if (value != null && value.indexOf('\0') >= 0) {
				return true;
			}
		}
		return false;
	}

}
