package org.onedoor.appeals;

/** Where an appeal stands. Each has a public label for the citizen's timeline in the bundles. */
public enum AppealStatus {

	/** 登记: recorded as it arrived, not yet looked at. */
	REGISTERED,
	/** 不予受理: refused, with the reason told to the citizen. Final. */
	DECLINED,
	/** 受理: taken on; waiting to be dispatched (again, after a return or a reopen). */
	ACCEPTED,
	/** 派单: sent to a lead unit, waiting for it to sign for it. */
	DISPATCHED,
	/** 签收 / 办理中: the unit has named a responsible person and is working on it. */
	SIGNED_FOR,
	/** 待补充材料: waiting for the citizen; the clock stops. */
	WAITING_FOR_CITIZEN,
	/** 已答复: the unit has replied; waiting for the citizen's rating (回访). */
	REPLIED,
	/** 办结: closed. May be reopened (重办) after a dissatisfied rating. */
	CLOSED,
	/** 已合并: the same matter as another appeal, which carries the work. */
	MERGED;

	/** The clock of the current stage runs only while someone in government owes the next step. */
	public boolean clockRuns() {
		return this == REGISTERED || this == ACCEPTED || this == DISPATCHED || this == SIGNED_FOR;
	}

	public boolean isOpen() {
		return this != DECLINED && this != CLOSED && this != MERGED;
	}

}
