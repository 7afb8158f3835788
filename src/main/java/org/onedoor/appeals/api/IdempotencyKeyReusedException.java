package org.onedoor.appeals.api;

/** The same Idempotency-Key came with a different appeal: a client bug, never silently accepted. */
class IdempotencyKeyReusedException extends RuntimeException {

	IdempotencyKeyReusedException(String key) {
		super("Idempotency-Key reused with a different body: " + key);
	}

}
