package org.onedoor.appeals;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the appeal work that are policy rather than code ({@code onedoor.appeals.*}).
 *
 * @param returnWithin working time after dispatch during which a unit may return an appeal
 * @param maxReturns how often one appeal may be returned in all
 * @param maxExtensions extensions per appeal (petitions: once, by law)
 * @param maxExtensionDays working days one extension may ask for (petitions: 30 days, by law)
 * @param reopenWithinDays days after closing during which a dissatisfied appeal may be reopened
 * @param closeBatch how many unrated appeals one run of the closing job takes
 */
@ConfigurationProperties("onedoor.appeals")
public record AppealWorkProperties(Duration returnWithin, Integer maxReturns, Integer maxExtensions,
		Integer maxExtensionDays, Integer reopenWithinDays, Integer closeBatch) {

	public AppealWorkProperties {
		// 1 working day with the default office hours (09:00-12:00, 13:30-17:30)
		returnWithin = returnWithin == null ? Duration.ofMinutes(7 * 60) : returnWithin;
		maxReturns = maxReturns == null ? 2 : maxReturns;
		maxExtensions = maxExtensions == null ? 2 : maxExtensions;
		maxExtensionDays = maxExtensionDays == null ? 10 : maxExtensionDays;
		reopenWithinDays = reopenWithinDays == null ? 15 : reopenWithinDays;
		closeBatch = closeBatch == null ? 100 : closeBatch;
	}

	ReturnPolicy returnPolicy() {
		return new ReturnPolicy(returnWithin, maxReturns);
	}

}
