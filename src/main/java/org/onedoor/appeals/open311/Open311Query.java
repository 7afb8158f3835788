package org.onedoor.appeals.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onedoor.appeals.TrackingNumber;

/**
 * The filters of {@code GET requests} as GeoReport v2 defines them: service_request_id (comma
 * separated) overrides every other filter; otherwise service_code (comma separated), start_date
 * and end_date (W3C date-times) spanning at most 90 days and defaulting to the last 90 days, and
 * status open/closed. At most {@link #MAX_RESULTS} requests are answered, newest first.
 */
record Open311Query(List<TrackingNumber> ids, List<String> serviceCodes, Instant start, Instant end,
		Set<Open311Status> statuses) {

	static final Duration MAX_SPAN = Duration.ofDays(90);

	static final int MAX_RESULTS = 1000;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static Open311Query parse(String ids, String serviceCodes, String start, String end, String status, Instant now) {
		if (ids != null && !ids.isBlank()) {
			return new Open311Query(trackingNumbers(ids), List.of(), null, null, EnumSet.allOf(Open311Status.class));
		}
		Instant from = dateTime("start_date", start);
		Instant to = dateTime("end_date", end);
		if (to == null) {
			to = from == null ? now : min(from.plus(MAX_SPAN), now);
		}
		if (from == null) {
			from = to.minus(MAX_SPAN);
		}
		if (from.isAfter(to)) {
			throw Open311Exception.badRequest("start_date", "appeals-api.open311.dates.order");
		}
		if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
			throw Open311Exception.badRequest("end_date", "appeals-api.open311.dates.span", MAX_SPAN.toDays());
		}
		return new Open311Query(List.of(), codes(serviceCodes), from, to, statuses(status));
	}

	private static List<TrackingNumber> trackingNumbers(String text) {
		List<TrackingNumber> numbers = new ArrayList<>();
		for (String part : text.split(",")) {
			if (!part.isBlank()) {
				numbers.add(TrackingNumber.parse(part.strip())
					.orElseThrow(() -> Open311Exception.badRequest("service_request_id",
							"appeals-api.open311.requestId.invalid", part.strip())));
			}
		}
		if (numbers.size() > MAX_RESULTS) {
			throw Open311Exception.badRequest("service_request_id", "appeals-api.open311.requestId.tooMany", MAX_RESULTS);
		}
		return List.copyOf(numbers);
	}

	private static List<String> codes(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String part : text.split(",")) {
			String code = part.strip();
			if (!code.matches("\\d{2}(\\d{2}){0,2}")) {
				throw Open311Exception.badRequest("service_code", "appeals-api.open311.serviceCode.invalid", code);
			}
			codes.add(code);
		}
		return List.copyOf(codes);
	}

	private static Set<Open311Status> statuses(String text) {
		if (text == null || text.isBlank()) {
			return EnumSet.allOf(Open311Status.class);
		}
		Set<Open311Status> statuses = EnumSet.noneOf(Open311Status.class);
		for (String part : text.split(",")) {
			try {
				statuses.add(Open311Status.valueOf(part.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw Open311Exception.badRequest("status", "appeals-api.open311.status.invalid", part.strip());
			}
		}
		return statuses;
	}

	/**
	 * W3C date-time (2010-01-01T00:00:00Z, or with an offset), or a plain date taken as midnight in
	 * China. A '+' in an offset often arrives as a space when a client forgets to encode it.
	 */
	static Instant dateTime(String parameter, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip().replace(' ', '+');
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(CHINA).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw Open311Exception.badRequest(parameter, "appeals-api.open311.date.invalid", parameter, text);
		}
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
