package org.onedoor.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every criterion is optional ({@code null} or blank).
 *
 * @param actor exact actor name
 * @param action exact action, or a prefix ending in {@code *} (e.g. {@code identity.*})
 * @param subjectType exact subject type
 * @param subjectId exact subject id
 * @param from first day included (China Standard Time)
 * @param to last day included (China Standard Time)
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectId, LocalDate from,
		LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

}
