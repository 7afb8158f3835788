package org.onedoor.appeals.open311;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the GeoReport v2 API refuses, with the HTTP status the specification asks for
 * (400 bad input, 403 bad API key, 404 unknown) and one or more errors to list.
 */
class Open311Exception extends RuntimeException {

	private final HttpStatus status;

	private final transient List<Open311Error> errors;

	Open311Exception(HttpStatus status, List<Open311Error> errors) {
		super(status + ": " + errors);
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	Open311Exception(HttpStatus status, String parameter, String messageKey, Object... arguments) {
		this(status, List.of(new Open311Error(parameter, messageKey, arguments)));
	}

	static Open311Exception badRequest(String parameter, String messageKey, Object... arguments) {
		return new Open311Exception(HttpStatus.BAD_REQUEST, parameter, messageKey, arguments);
	}

	static Open311Exception notFound(String parameter, String messageKey, Object... arguments) {
		return new Open311Exception(HttpStatus.NOT_FOUND, parameter, messageKey, arguments);
	}

	HttpStatus status() {
		return status;
	}

	List<Open311Error> errors() {
		return errors;
	}

	/** One error: the parameter it is about (or null) and a bundle key. */
	record Open311Error(String parameter, String messageKey, Object... arguments) {
	}

}
