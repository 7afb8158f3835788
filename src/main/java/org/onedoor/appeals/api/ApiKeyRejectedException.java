package org.onedoor.appeals.api;

/** No API key, or one that is unknown or revoked. */
class ApiKeyRejectedException extends RuntimeException {

	ApiKeyRejectedException() {
		super("missing, unknown or revoked API key");
	}

}
