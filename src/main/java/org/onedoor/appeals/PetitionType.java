package org.onedoor.appeals;

/** The three kinds of petition under the 信访工作条例. */
public enum PetitionType {

	/** 建议意见类 */
	SUGGESTION_OPINION,
	/** 检举控告类: the petitioner's identity is never shown to the unit reported on */
	ACCUSATION,
	/** 申诉求决类: completed within 60 days of acceptance */
	CLAIM

}
