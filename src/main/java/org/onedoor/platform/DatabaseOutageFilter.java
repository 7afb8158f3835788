package org.onedoor.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.shared.web.DatabaseOutage;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost guard: a database failure that escapes before or around the controllers (in
 * security's filters, say) still becomes a 503 with Retry-After instead of a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private final DirectAnswer answer;

	DatabaseOutageFilter(DirectAnswer answer) {
		this.answer = answer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex)) {
				throw ex;
			}
			answer.databaseGone(request, response, ex);
		}
	}

}
