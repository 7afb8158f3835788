package org.onedoor.shared;

/**
 * Something asked for by its identifier does not exist (or the caller may not know it does).
 * Becomes a 404 answer; the message key is resolved in Chinese and English.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
