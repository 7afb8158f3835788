package org.onedoor.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.onedoor.reliability.HostileValues.any;
import static org.onedoor.reliability.HostileValues.notAValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Malformed and hostile requests across the public endpoints, made from one seed so a failure
 * can be replayed. Every request that could store something carries at least one value that
 * must be refused (the "poison"), so a correct app stores nothing; the rest of its fields are
 * hostile noise. Each comes from its own client address, as an attack from many machines would.
 */
final class HostileRequests {

	static final String OPEN311_KEY = "onedoor-demo-key";

	static final String CHANNEL_KEY = "onedoor-demo-wechat-key";

	record Hostile(String what, MockHttpServletRequestBuilder request) {
	}

	private final Random random;

	private final List<Function<Random, Hostile>> makers = List.of(this::open311Post, this::open311Post,
			this::open311Post, this::open311Get, this::channelPost, this::channelPost, this::channelPost, this::channelGet,
			this::trackingApi, this::trackingPage, this::signIn, this::registration, this::divisions, this::community,
			this::board);

	HostileRequests(long seed) {
		this.random = new Random(seed);
	}

	List<Hostile> make(int count) {
		List<Hostile> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Hostile made = makers.get(random.nextInt(makers.size())).apply(random);
			String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
			made.request().with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
			out.add(new Hostile("#" + i + " " + made.what(), made.request()));
		}
		return out;
	}

	private Hostile open311Post(Random r) {
		String format = r.nextInt(10) == 0 ? any(r).replace("/", "") : r.nextBoolean() ? "json" : "xml";
		var request = post("/open311/v2/requests.{format}", format.isEmpty() ? "json" : format);
		String[] fields = { "api_key", "service_code", "description", "lat", "long", "address_string", "address_id",
				"email", "first_name", "last_name", "phone", "media_url", "device_id", "account_id", "jurisdiction_id",
				"attribute[appeal_type]", "attribute[subcategory]" };
		java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of("api_key", OPEN311_KEY,
				"service_code", "0102", "description", "路灯不亮", "lat", "26.57"));
		for (int n = r.nextInt(4); n >= 0; n--) {
			form.put(fields[r.nextInt(fields.length)], any(r));
		}
		request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		int poison = r.nextInt(9);
		String field = switch (poison) {
			case 0 -> "api_key";
			case 1 -> "service_code";
			case 2 -> "lat";
			case 3 -> "email";
			case 4 -> "media_url";
			case 5 -> "address_id";
			case 6 -> "attribute[appeal_type]";
			case 7 -> "description";
			default -> "content-type";
		};
		switch (field) {
			case "description" -> form.put(field, "中".repeat(4001));
			case "content-type" -> request.contentType(r.nextBoolean() ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON);
			case "address_id" -> form.put(field, notAValue(r) + "1");
			default -> form.put(field, notAValue(r));
		}
		form.forEach(request::param);
		if (r.nextInt(5) == 0) {
			request.header("Idempotency-Key", any(r).isEmpty() ? "\u00e9\u00e9" : any(r));
		}
		return new Hostile("Open311 POST ." + format + " poisoned " + field, request);
	}

	private Hostile open311Get(Random r) {
		return switch (r.nextInt(5)) {
			case 0 -> new Hostile("Open311 search", get("/open311/v2/requests.json")
				.param(List.of("start_date", "end_date", "status", "service_request_id", "service_code", "jurisdiction_id")
					.get(r.nextInt(6)), any(r))
				.param("start_date", r.nextBoolean() ? notAValue(r) : "2026-01-01T00:00:00+08:00"));
			case 1 -> new Hostile("Open311 request", get("/open311/v2/requests/{id}.{f}", any(r), pickFormat(r)));
			case 2 -> new Hostile("Open311 service", get("/open311/v2/services/{code}.{f}", any(r), pickFormat(r)));
			case 3 -> new Hostile("Open311 token", get("/open311/v2/tokens/{t}.{f}", any(r), pickFormat(r)));
			default -> new Hostile("Open311 services", get("/open311/v2/services.{f}", pickFormat(r)).param("jurisdiction_id",
					notAValue(r)));
		};
	}

	private String pickFormat(Random r) {
		return r.nextInt(4) == 0 ? notAValue(r).replace("/", "") + "x" : r.nextBoolean() ? "json" : "xml";
	}

	private Hostile channelPost(Random r) {
		String[] fields = { "type", "title", "content", "categoryCode", "divisionCode", "address", "latitude", "longitude",
				"citizenName", "citizenMobile", "citizenIdNumber", "anonymous", "confidential", "urgency", "citizenEmail" };
		StringBuilder json = new StringBuilder("{\"type\":\"COMPLAINT\",\"title\":\"路灯坏了\",\"content\":\"花果园路灯不亮\"");
		for (int n = r.nextInt(4); n >= 0; n--) {
			json.append(",\"").append(fields[r.nextInt(fields.length)]).append("\":").append(jsonValue(r));
		}
		String what;
		byte[] body;
		var request = post("/api/channel/v1/appeals").header("X-Api-Key", CHANNEL_KEY)
			.header("Idempotency-Key", "fuzz-" + r.nextLong())
			.contentType(MediaType.APPLICATION_JSON);
		switch (r.nextInt(8)) {
			case 0 -> {
				what = "truncated JSON";
				String text = json.toString();
				body = text.substring(0, 1 + r.nextInt(text.length() - 1)).getBytes(StandardCharsets.UTF_8);
			}
			case 1 -> {
				what = "invalid UTF-8";
				byte[] text = (json + ",\"bad\":\"").getBytes(StandardCharsets.UTF_8);
				body = java.util.Arrays.copyOf(text, text.length + 4);
				body[text.length] = (byte) 0xC3;
				body[text.length + 1] = (byte) 0x28;
				body[text.length + 2] = (byte) 0xFF;
				body[text.length + 3] = (byte) 0xFE;
			}
			case 2 -> {
				what = "unknown field";
				body = (json + ",\"" + any(r).replace("\"", "") + "x\":1}").getBytes(StandardCharsets.UTF_8);
			}
			case 3 -> {
				what = "wrong type";
				// for each field, only values of a type it never takes
				String[][] wrong = { { "title", "[1,2]", "{\"a\":1}", "12345" }, { "content", "[]", "{}", "3.14" },
						{ "anonymous", "\"not a flag\"", "[true]", "12345678901234567890123" },
						{ "latitude", "\"north\"", "[1,2]", "{\"a\":1}" }, { "urgency", "\"SOON\"", "[1]", "7" } };
				String[] field = wrong[r.nextInt(wrong.length)];
				body = (json + ",\"" + field[0] + "\":" + field[1 + r.nextInt(3)] + "}").getBytes(StandardCharsets.UTF_8);
			}
			case 4 -> {
				what = "not an object";
				body = List.of("[]", "null", "\"text\"", "42", "", "<xml/>").get(r.nextInt(6)).getBytes(StandardCharsets.UTF_8);
			}
			case 5 -> {
				what = "bad key or idempotency";
				body = (json + "}").getBytes(StandardCharsets.UTF_8);
				if (r.nextBoolean()) {
					request.header("X-Api-Key", any(r).replace("\n", "") + "x");
				}
				else {
					request.header("Idempotency-Key", "中文" + any(r));
				}
			}
			case 6 -> {
				what = "wrong content type";
				body = (json + "}").getBytes(StandardCharsets.UTF_8);
				request.contentType(List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_FORM_URLENCODED,
						MediaType.MULTIPART_FORM_DATA).get(r.nextInt(4)));
			}
			default -> {
				what = "invalid value";
				body = (json + ",\"" + List.of("type", "categoryCode", "divisionCode", "citizenMobile", "citizenIdNumber", "urgency")
					.get(r.nextInt(6)) + "\":\"" + notAValue(r).replace("\\", "").replace("\"", "") + "\"}")
					.getBytes(StandardCharsets.UTF_8);
			}
		}
		return new Hostile("channel POST " + what, request.content(body));
	}

	private static String jsonValue(Random r) {
		return switch (r.nextInt(5)) {
			case 4 -> "\"\\ud800\\u0000x\"";
			case 0 -> "\"" + any(r).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
				.replace("\t", "\\t").replace("\u0000", "\\u0000") + "\"";
			case 1 -> "null";
			case 2 -> Long.toString(r.nextLong());
			default -> "true";
		};
	}

	private Hostile channelGet(Random r) {
		return new Hostile("channel GET", get("/api/channel/v1/appeals/{n}", any(r)).header("X-Api-Key",
				r.nextBoolean() ? CHANNEL_KEY : notAValue(r).replace("\u0000", "")));
	}

	private Hostile trackingApi(Random r) {
		return new Hostile("tracking API", get("/api/appeals/track").param("number", any(r)).param("last4", any(r)));
	}

	private Hostile trackingPage(Random r) {
		var request = post("/track").param("number", any(r)).param("last4", any(r));
		return new Hostile("tracking page", r.nextInt(4) == 0 ? request : request.with(csrf()));
	}

	private Hostile signIn(Random r) {
		var request = post("/login").param("username", "fuzz" + any(r)).param("password", any(r));
		return new Hostile("sign-in", r.nextInt(4) == 0 ? request : request.with(csrf()));
	}

	private Hostile registration(Random r) {
		var request = post("/register").param("mobile", notAValue(r)).param("name", any(r));
		return new Hostile("registration", r.nextInt(4) == 0 ? request : request.with(csrf()));
	}

	private Hostile divisions(Random r) {
		return switch (r.nextInt(3)) {
			case 0 -> new Hostile("division search", get("/api/divisions").param("q", any(r))
				.param(List.of("level", "page", "size").get(r.nextInt(3)), any(r)));
			case 1 -> new Hostile("division", get("/api/divisions/{code}", any(r)));
			default -> new Hostile("division children", get("/api/divisions/{code}/children", any(r)));
		};
	}

	private Hostile community(Random r) {
		String[] pages = { "/community/c/{x}", "/community/teams/{x}", "/community/ideas/{x}", "/community/activities/{x}",
				"/community/federations/{x}", "/community/activities/{x}.ics" };
		return new Hostile("community page", get(pages[r.nextInt(pages.length)], any(r)).accept(MediaType.TEXT_HTML));
	}

	private Hostile board(Random r) {
		return r.nextBoolean() ? new Hostile("board page", get("/board").param(List.of("q", "page", "category").get(r.nextInt(3)), any(r)))
				: new Hostile("board appeal", get("/board/{n}", "2" + any(r)));
	}

}
