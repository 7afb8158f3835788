package org.onedoor.appeals.bulk;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.onedoor.appeals.AppealStatus;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.shared.MobileNumber;

/**
 * What a historical row must be before it may join the live tables: the same limits as the
 * appeal table and intake (known channel, type, state and category; tracking number with its
 * check character; a person or the anonymous flag; a closing time not before registration).
 * Pure: every problem in a row is reported at once, in Chinese and English.
 */
final class HistoricalAppealRules {

	private final Set<String> categories;

	HistoricalAppealRules(Set<String> categories) {
		this.categories = categories;
	}

	/** The row, or the reasons it cannot be imported. */
	record Checked(HistoricalAppeal appeal, List<String> problems) {
	}

	Checked check(String[] f) {
		List<String> problems = new ArrayList<>();
		if (f.length != HistoricalAppeal.COLUMNS.size()) {
			return new Checked(null, List.of("应有 %d 列，实有 %d 列 / expected %d columns, found %d"
				.formatted(HistoricalAppeal.COLUMNS.size(), f.length, HistoricalAppeal.COLUMNS.size(), f.length)));
		}
		if (TrackingNumber.parse(f[0]).isEmpty()) {
			problems.add("受理编号无效 / invalid tracking_number");
		}
		oneOf(f[1], Channel.class, "channel", problems);
		oneOf(f[2], AppealType.class, "type", problems);
		oneOf(f[11], AppealStatus.class, "status", problems);
		length(f[3], 1, 200, "title", problems);
		length(f[4], 1, 5000, "content", problems);
		if (!f[5].isEmpty() && !categories.contains(f[5])) {
			problems.add("未知分类 / unknown category_code: " + f[5]);
		}
		if (!f[6].isEmpty() && !f[6].matches("52\\d{10}")) {
			problems.add("区划代码应为贵州的12位代码 / division_code must be a 12-digit Guizhou code");
		}
		length(f[7], 0, 300, "address", problems);
		length(f[8], 0, 50, "citizen_name", problems);
		if (!f[9].isEmpty() && MobileNumber.parse(f[9]).isEmpty()) {
			problems.add("手机号无效 / invalid citizen_mobile");
		}
		boolean anonymous = "true".equalsIgnoreCase(f[10]);
		if (!anonymous && !"false".equalsIgnoreCase(f[10])) {
			problems.add("anonymous 应为 true 或 false / anonymous must be true or false");
		}
		if (!anonymous && f[8].isEmpty() && f[9].isEmpty()) {
			problems.add("实名诉求需要姓名或手机号 / a named appeal needs citizen_name or citizen_mobile");
		}
		OffsetDateTime registered = time(f[12], "registered_at", true, problems);
		OffsetDateTime closed = time(f[13], "closed_at", false, problems);
		OffsetDateTime replied = time(f[15], "replied_at", false, problems);
		if (registered != null && closed != null && closed.isBefore(registered)) {
			problems.add("办结时间早于登记时间 / closed_at is before registered_at");
		}
		length(f[14], 0, 20000, "reply", problems);
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new HistoricalAppeal(f[0], f[1], f[2], f[3].strip(), f[4].strip(), blank(f[5]), blank(f[6]),
				blank(f[7]), anonymous ? null : blank(f[8]), anonymous ? null : blank(f[9]), anonymous, f[11], registered,
				closed, blank(f[14]), replied), List.of());
	}

	private static <E extends Enum<E>> void oneOf(String value, Class<E> type, String column, List<String> problems) {
		try {
			Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add("%s 的值无效 / invalid %s: %s".formatted(column, column, value));
		}
	}

	private static void length(String value, int min, int max, String column, List<String> problems) {
		int length = value.strip().length();
		if (length < min || length > max) {
			problems.add("%s 长度应在 %d 到 %d 之间 / %s must be %d to %d characters".formatted(column, min, max, column,
					min, max));
		}
	}

	private static OffsetDateTime time(String value, String column, boolean required, List<String> problems) {
		if (value.isEmpty()) {
			if (required) {
				problems.add(column + " 必填 / " + column + " is required");
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add("%s 应为带时区的 ISO-8601 时间 / %s must be ISO-8601 with an offset".formatted(column, column));
			return null;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
