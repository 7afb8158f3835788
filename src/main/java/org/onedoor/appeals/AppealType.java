package org.onedoor.appeals;

/** 诉求类型. */
public enum AppealType {

	/** 投诉 */
	COMPLAINT,
	/** 建议 */
	SUGGESTION,
	/** 咨询 */
	CONSULTATION,
	/** 求助 */
	REQUEST_FOR_HELP,
	/** 举报 */
	REPORT;

	/** Reports and complaints may be anonymous; a question or a request for help needs someone to answer. */
	public boolean mayBeAnonymous() {
		return this == REPORT || this == COMPLAINT || this == SUGGESTION;
	}

}
