package org.onedoor.appeals.intel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Words people use for the same thing (噪声 → 噪音, 城市管理局 → 城管). Every variant is
 * rewritten to its canonical word before the text is cut into words, so both spellings meet
 * in the same term and the same character pairs. Longest variants first, so 城市管理局 is not
 * half-rewritten by a shorter variant inside it.
 */
public final class DuplicateSynonyms {

	private final List<Map.Entry<String, String>> rules;

	public DuplicateSynonyms(Map<String, String> variantToCanonical) {
		this.rules = variantToCanonical.entrySet()
			.stream()
			.filter(e -> !e.getKey().isBlank() && !e.getKey().equals(e.getValue()))
			.map(e -> Map.entry(e.getKey().strip(), e.getValue().strip()))
			.sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
				.thenComparing(Map.Entry::getKey))
			.toList();
	}

	/** The synonyms every installation starts with; administrators add their own. */
	public static DuplicateSynonyms defaults() {
		return new DuplicateSynonyms(DEFAULTS);
	}

	public static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("噪声", "噪音"),
			Map.entry("城市管理局", "城管"), Map.entry("城市管理执法局", "城管"), Map.entry("城管局", "城管"),
			Map.entry("搅拌厂", "搅拌站"), Map.entry("混凝土", "混泥土"), Map.entry("垃圾中转站", "垃圾站"),
			Map.entry("自来水", "供水"), Map.entry("停水", "断水"), Map.entry("扬尘", "灰尘"), Map.entry("粉尘", "灰尘"),
			Map.entry("物业公司", "物业"), Map.entry("公交车", "公交"), Map.entry("出租车", "的士"),
			Map.entry("卫健委", "卫生健康局"), Map.entry("住建局", "住房和城乡建设局"));

	public String apply(String text) {
		String out = text;
		for (Map.Entry<String, String> rule : rules) {
			if (out.contains(rule.getKey())) {
				out = out.replace(rule.getKey(), rule.getValue());
			}
		}
		return out;
	}

}
