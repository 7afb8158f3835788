package org.onedoor.identity;

/**
 * Sends a text message to a mobile number. The default implementation only writes the message
 * to the log; a deployment provides a bean for its SMS provider to replace it.
 */
public interface SmsGateway {

	/**
	 * @param mobile 11-digit mainland mobile number
	 * @param text the complete message, already in the recipient's language
	 */
	void send(String mobile, String text);

}
