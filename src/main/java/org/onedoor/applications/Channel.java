package org.onedoor.applications;

/** How an application came in: online by the applicant, at the window, or through a village agent (帮办代办). */
public enum Channel {

	ONLINE, WINDOW, AGENT;

	public String messageKey() {
		return "applications.channel." + name();
	}

}
