package org.onedoor.audit;

import java.time.OffsetDateTime;

/** One line of the audit trail. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
		String subjectId, String detail, String remoteAddress) {
}
