package org.onedoor.appeals.bulk;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * The requests a citizen's app or a channel sends: an Open311 POST (form fields), a channel API
 * POST (JSON), each with a fresh Idempotency-Key, and a tracking look-up by number and the
 * mobile's last four digits. Texts are real messages, so duplicate search and routing work as
 * they would in production.
 */
final class LoadRequests {

	/** One request as the driver sends it: {@code body} is null for a GET. */
	record Request(URI uri, Map<String, String> headers, byte[] body) {
	}

	private final URI base;

	private final List<String[]> texts;

	private final String open311Key;

	private final String channelKey;

	LoadRequests(URI base, List<String[]> texts, String open311Key, String channelKey) {
		this.base = base;
		this.texts = texts;
		this.open311Key = open311Key;
		this.channelKey = channelKey;
	}

	/** A new appeal: what to send, and the mobile it is filed under (for looking it up later). */
	record Intake(String idempotencyKey, String mobile, Request request) {
	}

	Intake open311(SplittableRandom random, String idempotencyKey) {
		String[] text = texts.get(random.nextInt(texts.size()));
		String mobile = mobile(random);
		StringJoiner form = new StringJoiner("&");
		Map.of("api_key", open311Key, "service_code", "01", "description", cut(text[1], 3900), "address_string",
				"贵阳市南明区花果园", "first_name", "先生", "last_name", "王", "phone", mobile)
			.forEach((k, v) -> form.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		Request request = new Request(base.resolve("/open311/v2/requests.json"),
				Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8", "Idempotency-Key", idempotencyKey),
				form.toString().getBytes(StandardCharsets.UTF_8));
		return new Intake(idempotencyKey, mobile, request);
	}

	Intake channel(SplittableRandom random, String idempotencyKey) {
		String[] text = texts.get(random.nextInt(texts.size()));
		String mobile = mobile(random);
		String json = "{\"type\":\"COMPLAINT\",\"title\":" + quote(cut(text[0], 60)) + ",\"content\":"
				+ quote(cut(text[1], 4900)) + ",\"citizenName\":\"李女士\",\"citizenMobile\":\"" + mobile + "\"}";
		Request request = new Request(base.resolve("/api/channel/v1/appeals"), Map.of("Content-Type", "application/json",
				"X-Api-Key", channelKey, "Idempotency-Key", idempotencyKey), json.getBytes(StandardCharsets.UTF_8));
		return new Intake(idempotencyKey, mobile, request);
	}

	Request track(String number, String mobile) {
		// citizens look up from their own addresses, seen through the city's proxy; from one
		// address the driver would measure the rate limit, not the look-up
		return new Request(base.resolve("/api/appeals/track?number=" + number + "&last4="
				+ mobile.substring(mobile.length() - 4)),
				Map.of("Accept", "application/json", "X-Forwarded-For", citizenAddress(number)), null);
	}

	/** A stable public-looking address per tracking number (100.x.x.x to 125.x.x.x: never loopback or private). */
	static String citizenAddress(String number) {
		int h = number.hashCode() & 0x7fffffff;
		return (100 + (h >>> 24) % 26) + "." + ((h >>> 16) & 0xff) + "." + ((h >>> 8) & 0xff) + "." + (h & 0xff);
	}

	private static String mobile(SplittableRandom random) {
		return "139" + String.format("%08d", random.nextInt(100_000_000));
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
