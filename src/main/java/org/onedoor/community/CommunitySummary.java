package org.onedoor.community;

import java.math.BigDecimal;

/**
 * One community's figures as published on {@code GET /api/community/summary}.
 *
 * @param volunteerHours hours confirmed by both sides and posted to the time bank
 */
public record CommunitySummary(String code, String name, String divisionCode, long teams, long members,
		long activities, long ideas, BigDecimal volunteerHours) {
}
