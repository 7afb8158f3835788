package org.onedoor.appeals.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A key as the console lists it: never the key itself. */
public record ApiKeySummary(long id, String keyPrefix, String clientName, String channel, boolean active, String createdBy,
		OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	public String createdText() {
		return SHOWN.format(createdAt);
	}

	public String lastUsedText() {
		return lastUsedAt == null ? "—" : SHOWN.format(lastUsedAt);
	}

}
