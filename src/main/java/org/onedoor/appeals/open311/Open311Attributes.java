package org.onedoor.appeals.open311;

/** The attribute codes of every service definition, posted as {@code attribute[code]}. */
final class Open311Attributes {

	/** 诉求类型: COMPLAINT, SUGGESTION, CONSULTATION, REQUEST_FOR_HELP or REPORT; complaint when left out. */
	static final String APPEAL_TYPE = "appeal_type";

	/** The category one level down, for a more exact routing. */
	static final String SUBCATEGORY = "subcategory";

	private Open311Attributes() {
	}

}
