package org.onedoor.disclosure;

import org.onedoor.shared.InvalidInputException;

/**
 * 绩效考核 weights, in percent, adding up to 100: how much each rate counts in a unit's score.
 * @param version for optimistic locking of the administrators' page
 */
public record AssessmentWeights(int onTime, int satisfaction, int response, int resolution, int version) {

	public AssessmentWeights {
		check("onTime", onTime);
		check("satisfaction", satisfaction);
		check("response", response);
		check("resolution", resolution);
		if (onTime + satisfaction + response + resolution != 100) {
			throw new InvalidInputException("onTime", "disclosure.weights.sum", onTime + satisfaction + response + resolution);
		}
	}

	private static void check(String field, int value) {
		if (value < 0 || value > 100) {
			throw new InvalidInputException(field, "disclosure.weights.range", value);
		}
	}

	/**
	 * The score out of 100: the weighted mean of the rates a unit has. A rate with nothing to
	 * count (no appeal rated) leaves its weight out rather than scoring 0 or 100.
	 */
	public Double score(UnitFigures u) {
		double sum = 0;
		int weight = 0;
		Double[] rates = { u.onTimeRate(), u.satisfactionRate(), u.responseRate(), u.resolutionRate() };
		int[] weights = { onTime, satisfaction, response, resolution };
		for (int i = 0; i < rates.length; i++) {
			if (rates[i] != null && weights[i] > 0) {
				sum += rates[i] * weights[i];
				weight += weights[i];
			}
		}
		return weight == 0 ? null : Math.round(10.0 * sum / weight) / 10.0;
	}

}
