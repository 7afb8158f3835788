package org.onedoor.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What the security firewall refuses (encoded slashes, NUL, control characters in a header or
 * the path) gets a 400 that says why in both languages, not an empty answer or a 500. Spring
 * Security uses this bean for every request it rejects.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

	private final DirectAnswer answer;

	RejectedRequests(DirectAnswer answer) {
		this.answer = answer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		log.debug("Rejected {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
		answer.badRequest(request, response, "error.request.unreadable");
	}

}
