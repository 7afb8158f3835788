package org.onedoor.appeals.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;
import org.onedoor.shared.web.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors as GeoReport v2 writes them, in the format asked for: JSON
 * {@code [{"code":400,"description":"…"}]}, XML
 * {@code <errors><error><code>400</code><description>…</description></error></errors>}, with
 * the same HTTP status. Runs before the platform's problem+json answers, for Open311 only.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

	private final Open311Writer writer;

	private final Open311Messages messages;

	Open311Errors(Open311Writer writer, Open311Messages messages) {
		this.writer = writer;
		this.messages = messages;
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> open311(Open311Exception ex, HttpServletRequest request) {
		return answer(request, ex.status(), ex.errors());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST,
				List.of(new Open311Exception.Open311Error(ex.parameter(), ex.messageKey(), ex.arguments())));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND,
				List.of(new Open311Exception.Open311Error(null, ex.messageKey(), ex.arguments())));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<String> mediaType(HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				List.of(new Open311Exception.Open311Error(null, "appeals-api.open311.mediaType")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<String> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, List.of(new Open311Exception.Open311Error(ex.getParameterName(),
				"appeals-api.open311.parameter.missing", ex.getParameterName())));
	}

	/** A header or path the security firewall will not pass (NUL, control characters): the client's mistake. */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<String> rejected(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, List.of(new Open311Exception.Open311Error(null, "error.request.unreadable")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (DatabaseOutage.causedBy(ex)) {
			// the platform answers 503 with Retry-After: a client should retry, not report a bug
			throw ex;
		}
		log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return answer(request, HttpStatus.INTERNAL_SERVER_ERROR,
				List.of(new Open311Exception.Open311Error(null, "appeals-api.open311.unexpected")));
	}

	private ResponseEntity<String> answer(HttpServletRequest request, HttpStatus status,
			List<Open311Exception.Open311Error> errors) {
		List<Map<String, Object>> body = errors.stream().map(error -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", status.value());
			entry.put("description", describe(error));
			return entry;
		}).toList();
		return writer.write(status, Open311Format.ofPath(request.getRequestURI()), "errors", body);
	}

	/** Names the field first, as clients show the description to their users unchanged. */
	private String describe(Open311Exception.Open311Error error) {
		String text = messages.both(error.messageKey(), error.arguments());
		return error.parameter() == null ? text : error.parameter() + ": " + text;
	}

}
