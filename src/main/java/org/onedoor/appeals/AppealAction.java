package org.onedoor.appeals;

/** What someone can do to an appeal. Which action is allowed in which status is {@link Lifecycle}'s business. */
public enum AppealAction {

	/** 受理 */
	ACCEPT,
	/** 不予受理, with a reason */
	DECLINE,
	/** 当场答复: a consultation answered during the call, closed at once and counted */
	ANSWER_ON_SPOT,
	/** 派单 to a lead unit (and co-units) */
	DISPATCH,
	/** 签收, naming the responsible person */
	SIGN_FOR,
	/** 退单: not this unit's business, with a reason, within the return limit */
	RETURN,
	/** 申请延期 */
	REQUEST_EXTENSION,
	/** 同意延期 (by the dispatcher, or the petition office for petitions) */
	APPROVE_EXTENSION,
	/** 不同意延期 */
	REFUSE_EXTENSION,
	/** 补充材料: ask the citizen for more; the clock stops */
	ASK_CITIZEN,
	/** the citizen supplied what was asked; the clock runs again */
	CITIZEN_SUPPLIED,
	/** 答复 */
	REPLY,
	/** 回访评价: the citizen's rating, by page or recorded by an operator's call */
	RATE,
	/** 办结 without a rating once the follow-up period has passed */
	CLOSE_UNRATED,
	/** 重办 after a dissatisfied rating */
	REOPEN,
	/** 催办: a reminder; changes nothing but the record */
	REMIND,
	/** 复查/复核 of a petition's written reply, requested by the petitioner */
	REQUEST_REVIEW,
	/** 合并 into another appeal about the same matter */
	MERGE,
	/** undo a merge */
	UNMERGE

}
