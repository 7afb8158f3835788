package org.onedoor.disclosure;

/**
 * One unit's counts over a period (a week, a year): counts only, so periods add up; the rates
 * are worked out from them. A rate with nothing to count is {@code null} (shown as "—"), not 0.
 */
public record UnitFigures(long unitId, String unitName, int received, int signedFor, int signedOnTime, int completed,
		int completedOnTime, int rated, int satisfied, int resolved, int returned, int extended, int reopened) {

	/** 按期办结率: completed on time / completed. */
	public Double onTimeRate() {
		return rate(completedOnTime, completed);
	}

	/** 满意率: (满意 + 基本满意) / rated; unrated appeals are left out. */
	public Double satisfactionRate() {
		return rate(satisfied, rated);
	}

	/** 签收及时率: signed for on time / signed for. */
	public Double responseRate() {
		return rate(signedOnTime, signedFor);
	}

	/** 解决率: completed and not rated 不满意 / completed. */
	public Double resolutionRate() {
		return rate(resolved, completed);
	}

	static Double rate(int part, int whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

	UnitFigures plus(UnitFigures o) {
		return new UnitFigures(unitId, unitName, received + o.received, signedFor + o.signedFor,
				signedOnTime + o.signedOnTime, completed + o.completed, completedOnTime + o.completedOnTime,
				rated + o.rated, satisfied + o.satisfied, resolved + o.resolved, returned + o.returned,
				extended + o.extended, reopened + o.reopened);
	}

}
