package org.onedoor.shared;

/**
 * Bad input from a person or another system. Becomes a 400 answer whose message is read from
 * the bundles in Chinese and English, so callers pass message keys, not sentences.
 */
public class InvalidInputException extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidInputException(String parameter, String messageKey, Object... arguments) {
		super(parameter + ": " + messageKey);
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String parameter() {
		return parameter;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
