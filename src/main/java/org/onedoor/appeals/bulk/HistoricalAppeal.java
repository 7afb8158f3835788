package org.onedoor.appeals.bulk;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the import file, in the order of {@link #COLUMNS}. Times are ISO-8601 with an
 * offset ({@code 2025-03-04T09:12:00+08:00}); empty means none.
 */
record HistoricalAppeal(String trackingNumber, String channel, String type, String title, String content,
		String categoryCode, String divisionCode, String address, String citizenName, String citizenMobile,
		boolean anonymous, String status, OffsetDateTime registeredAt, OffsetDateTime closedAt, String reply,
		OffsetDateTime repliedAt) {

	static final List<String> COLUMNS = List.of("tracking_number", "channel", "type", "title", "content",
			"category_code", "division_code", "address", "citizen_name", "citizen_mobile", "anonymous", "status",
			"registered_at", "closed_at", "reply", "replied_at");

	/** The row as CSV fields, for writing a file or a COPY stream. */
	List<String> fields() {
		return List.of(trackingNumber, channel, type, title, content, text(categoryCode), text(divisionCode),
				text(address), text(citizenName), text(citizenMobile), Boolean.toString(anonymous), status,
				registeredAt.toString(), text(closedAt), text(reply), text(repliedAt));
	}

	/** One CSV line: every value quoted, so an empty string stays distinct from none (an empty field). */
	String csvLine() {
		StringBuilder line = new StringBuilder(512);
		for (String field : fields()) {
			if (!line.isEmpty()) {
				line.append(',');
			}
			if (!field.isEmpty()) {
				line.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
		}
		return line.append('\n').toString();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
