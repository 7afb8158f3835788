package org.onedoor.applications;

/** Documents given to the applicant: 受理通知书, 一次性告知书, 不予受理决定书. */
public enum DocumentKind {

	RECEIPT, NOTICE, REJECTION;

	public String messageKey() {
		return "applications.document." + name();
	}

}
