package org.onedoor.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * How an item is found: HanLP words, pairs of adjacent characters (so a word HanLP cuts
 * differently still matches), single characters, and pinyin — every suffix of the name's
 * initials ("lszy" and "zyxk" both find 律师执业许可) and the full pinyin as a prefix. Terms
 * carry a kind prefix so one index table serves them all. Pure.
 */
final class SearchTerms {

	static final int NAME_WORD = 5;

	static final int NAME_PAIR = 3;

	static final int PINYIN = 4;

	static final int NAME_CHAR = 1;

	static final int OTHER_PAIR = 1;

	private static final Segment SEGMENT = HanLP.newSegment("dat");

	private static final Pattern LATIN = Pattern.compile("[a-z]+");

	private static final int MAX_TERM = 78;

	private SearchTerms() {
	}

	/** The terms of an item and their weights; other text (summary, unit) adds pairs only. */
	static Map<String, Integer> of(String name, String otherText) {
		Map<String, Integer> terms = new LinkedHashMap<>();
		for (String word : words(name)) {
			terms.merge("w:" + word, NAME_WORD, Math::max);
		}
		pairs(name).forEach(p -> terms.merge("b:" + p, NAME_PAIR, Math::max));
		name.codePoints().filter(SearchTerms::han).forEach(c -> terms.merge("c:" + Character.toString(c), NAME_CHAR, Math::max));
		String initials = HanLP.convertToPinyinFirstCharString(name, "", false).toLowerCase(Locale.ROOT);
		for (int i = 0; i < initials.length(); i++) {
			terms.merge("p:" + cut(initials.substring(i)), PINYIN, Math::max);
		}
		String full = HanLP.convertToPinyinString(name, "", false).toLowerCase(Locale.ROOT);
		if (!full.isEmpty()) {
			terms.merge("q:" + cut(full), PINYIN, Math::max);
		}
		if (otherText != null) {
			pairs(otherText).forEach(p -> terms.merge("b:" + p, OTHER_PAIR, Math::max));
		}
		return terms;
	}

	/** What a query looks for: exact terms, and for Latin letters, pinyin prefixes. */
	static Query query(String text) {
		String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
		if (q.isEmpty()) {
			return new Query(List.of(), List.of());
		}
		if (LATIN.matcher(q).matches()) {
			String p = cut(q);
			return new Query(List.of(), List.of("p:" + p + "%", "q:" + p + "%"));
		}
		java.util.Set<String> exact = new java.util.LinkedHashSet<>();
		words(q).forEach(w -> exact.add("w:" + w));
		// a two-character word is also a pair: asking for both would only count it twice
		pairs(q).stream().filter(p -> !exact.contains("w:" + p)).forEach(p -> exact.add("b:" + p));
		if (exact.isEmpty()) {
			q.codePoints().filter(SearchTerms::han).forEach(c -> exact.add("c:" + Character.toString(c)));
		}
		return new Query(List.copyOf(exact), List.of());
	}

	static List<String> words(String text) {
		List<Term> cut;
		synchronized (SEGMENT) {
			// one shared segmenter; HanLP does not promise concurrent use is safe
			cut = SEGMENT.seg(text);
		}
		return cut.stream().map(t -> t.word.strip()).filter(w -> w.length() >= 2 && w.codePoints().allMatch(SearchTerms::han))
			.distinct().toList();
	}

	static List<String> pairs(String text) {
		java.util.Set<String> out = new java.util.LinkedHashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			if (han(text.charAt(i)) && han(text.charAt(i + 1))) {
				out.add(text.substring(i, i + 2));
			}
		}
		return List.copyOf(out);
	}

	private static boolean han(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static String cut(String s) {
		return s.length() > MAX_TERM ? s.substring(0, MAX_TERM) : s;
	}

	/** Terms to match exactly and LIKE patterns (pinyin prefixes). */
	record Query(List<String> exact, List<String> prefixes) {

		boolean isEmpty() {
			return exact.isEmpty() && prefixes.isEmpty();
		}

	}

}
