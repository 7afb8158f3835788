package org.onedoor.appeals.bulk;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.onedoor.appeals.TrackingNumber;

/**
 * Makes historical appeals that look like years (two by default) of a Guizhou city's 12345: real message
 * texts, channels and types in roughly the shares a hotline sees, places among Guizhou's
 * villages, and states by age (old appeals are closed, recent ones still in hand). Handling times
 * follow the source's replies (median about 11 days). Same seed, same appeals (tracking numbers
 * excepted: they carry secure random symbols, as in production).
 */
final class AppealGenerator {

	static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	private static final String[] CHANNELS = weighted("HOTLINE", 45, "WECHAT", 15, "MESSAGE_BOARD", 14, "APP", 12,
			"PROVINCE_PLATFORM", 6, "WALK_IN", 5, "VILLAGE_AGENT", 3);

	private static final String[] TYPES = weighted("COMPLAINT", 40, "CONSULTATION", 24, "REQUEST_FOR_HELP", 15,
			"SUGGESTION", 13, "REPORT", 8);

	private static final String[] OPEN_STATES = weighted("REGISTERED", 10, "ACCEPTED", 10, "DISPATCHED", 25, "SIGNED_FOR",
			35, "WAITING_FOR_CITIZEN", 5, "REPLIED", 15);

	private static final String[] OLD_STATES = weighted("CLOSED", 92, "DECLINED", 5, "MERGED", 3);

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢龙";

	private static final String CATEGORIES = "01 04 06 11 12 14 15";

	private final AppealTexts texts;

	private final SplittableRandom random;

	private final Instant end;

	private final long spanSeconds;

	AppealGenerator(AppealTexts texts, long seed, Instant end) {
		this(texts, seed, end, 2);
	}

	/** @param years how far back the dates reach: a city's million over two years, a province's ten million over ten */
	AppealGenerator(AppealTexts texts, long seed, Instant end, int years) {
		this.texts = texts;
		this.random = new SplittableRandom(seed);
		this.end = end;
		this.spanSeconds = Duration.ofDays(365L * years).toSeconds();
	}

	HistoricalAppeal next() {
		AppealTexts.Message message = texts.messages().get(random.nextInt(texts.messages().size()));
		AppealTexts.Place place = texts.places().get(random.nextInt(texts.places().size()));
		OffsetDateTime registered = end.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
			.minusSeconds(random.nextLong(spanSeconds))
			.atOffset(CHINA);
		boolean old = registered.toInstant().isBefore(end.minus(Duration.ofDays(60)));
		String status = pick(old ? OLD_STATES : OPEN_STATES);
		// log-normal handling time around a median of 11 days, as in the source's replies
		long hours = Math.max(2, Math.round(Math.exp(Math.log(11 * 24) + 0.8 * gaussian())));
		OffsetDateTime replied = "CLOSED".equals(status) || "REPLIED".equals(status) ? registered.plusHours(hours) : null;
		OffsetDateTime closed = "CLOSED".equals(status) ? replied.plusDays(3)
				: "DECLINED".equals(status) || "MERGED".equals(status) ? registered.plusHours(6) : null;
		boolean anonymous = random.nextInt(100) < 8;
		String category = message.category() != null ? message.category()
				: CATEGORIES.split(" ")[random.nextInt(7)];
		String title = cut(message.title(), 200);
		return new HistoricalAppeal(TrackingNumber.next(YearMonth.from(registered)).value(), pick(CHANNELS), pick(TYPES),
				title, cut(message.content(), 5000), category, place.code(), place.name(), anonymous ? null : name(),
				anonymous ? null : mobile(), anonymous, status, registered, closed,
				replied == null ? null : texts.replies().get(random.nextInt(texts.replies().size())), replied);
	}

	private String name() {
		return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + (random.nextBoolean() ? "先生" : "女士");
	}

	private String mobile() {
		String[] prefixes = { "135", "136", "138", "139", "150", "151", "158", "177", "180", "186", "187", "189", "199" };
		return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	private double gaussian() {
		// Box-Muller: SplittableRandom has no nextGaussian on Java 17
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	private String pick(String[] weighted) {
		return weighted[random.nextInt(weighted.length)];
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/** A table where each value appears as often as its weight says, for picking with one random number. */
	private static String[] weighted(Object... pairs) {
		java.util.List<String> table = new java.util.ArrayList<>();
		for (int i = 0; i < pairs.length; i += 2) {
			for (int n = 0; n < (Integer) pairs[i + 1]; n++) {
				table.add((String) pairs[i]);
			}
		}
		return table.toArray(String[]::new);
	}

}
