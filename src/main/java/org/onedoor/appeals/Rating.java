package org.onedoor.appeals;

/** 回访评价. */
public enum Rating {

	/** 满意 */
	SATISFIED,
	/** 基本满意 */
	FAIRLY_SATISFIED,
	/** 不满意 */
	DISSATISFIED;

	/** What the satisfaction rate counts: 满意 + 基本满意. */
	public boolean countsAsSatisfied() {
		return this != DISSATISFIED;
	}

}
