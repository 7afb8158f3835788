package org.onedoor.applications;

import java.util.Map;

import org.onedoor.shared.InvalidInputException;

/**
 * 好差评 on the national indicators. Five levels: 非常满意 (5), 满意, 基本满意, 不满意,
 * 非常不满意 (1); the first three are 好评, the last two 差评. A review is a 差评 when the
 * overall rating or any indicator is 1 or 2: one bad point is enough to be followed up.
 */
final class Satisfaction {

	enum Indicator {
		/** 办事指南清晰 */
		GUIDE_CLEAR,
		/** 办理便捷 */
		CONVENIENT,
		/** 服务态度 */
		ATTITUDE,
		/** 办理时效 */
		TIMELINESS,
		/** 结果满意 */
		RESULT
	}

	private Satisfaction() {
	}

	static void check(int overall, Map<Indicator, Integer> scores) {
		checkScore("overall", overall);
		for (Indicator indicator : Indicator.values()) {
			Integer score = scores.get(indicator);
			if (score == null) {
				throw new InvalidInputException(indicator.name(), "applications.review.missing");
			}
			checkScore(indicator.name(), score);
		}
	}

	static boolean isBad(int overall, Map<Indicator, Integer> scores) {
		return overall <= 2 || scores.values().stream().anyMatch(s -> s <= 2);
	}

	private static void checkScore(String parameter, int score) {
		if (score < 1 || score > 5) {
			throw new InvalidInputException(parameter, "applications.review.range");
		}
	}

}
