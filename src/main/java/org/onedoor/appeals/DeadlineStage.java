package org.onedoor.appeals;

/** The stages whose time limit a {@link DeadlineRule} sets. */
public enum DeadlineStage {

	/** 受理: from registration */
	ACCEPT,
	/** 派单: from acceptance */
	DISPATCH,
	/** 签收: from dispatch */
	SIGN_FOR,
	/** 答复: from acceptance (the whole handling time, across returns) */
	REPLY,
	/** 回访: how long a reply waits for the citizen's rating before it is closed unrated */
	FOLLOW_UP,
	/** 复查/复核: from the petitioner's request */
	REVIEW

}
