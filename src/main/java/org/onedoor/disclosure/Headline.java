package org.onedoor.disclosure;

/**
 * The figures a city reports for a year, against the year before (as Wuhan did): appeals
 * received, on-time completion %, satisfaction %, and the online channels' share of all appeals.
 */
public record Headline(int year, long received, Double onTimeRate, Double satisfactionRate, Double onlineShare,
		long lastYearReceived, Double lastYearOnTimeRate, Double lastYearSatisfactionRate, Double lastYearOnlineShare) {
}
