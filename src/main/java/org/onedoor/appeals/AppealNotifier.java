package org.onedoor.appeals;

/**
 * Where appeal notifications go. The default sends citizens a text message through identity's
 * SMS gateway and writes unit notices to the log (units see new work in their inbox); a
 * deployment may provide its own bean (e-mail, the government's messaging platform).
 */
public interface AppealNotifier {

	/** @param mobile an 11-digit mobile number */
	void toCitizen(String mobile, String text);

	void toUnit(long unitId, String text);

}
