package org.onedoor.appeals;

/** How a rule counts time: office time on working days, or the plain clock. */
public enum DeadlineUnit {

	/** 工作小时: office hours of working days only */
	WORKING_HOURS,
	/** 工作日: ends at the close of office on the n-th working day */
	WORKING_DAYS,
	/** 小时: the plain clock, for urgent matters */
	HOURS,
	/**
	 * 日 (自然日), as the 信访工作条例 counts: ends at the end of the n-th day; when that day is a
	 * holiday, on the next working day, as statutory periods do.
	 */
	DAYS

}
