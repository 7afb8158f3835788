package org.onedoor.appeals.intel;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place a group of messages is about: the most common named place (estate, road, village,
 * school…) across their titles and texts, counted once per message so one long letter does
 * not outvote many short ones.
 */
final class HotspotPlace {

	private static final Pattern PLACE = Pattern.compile(
			"([A-Z]\\d*[区县市])?[\\u4e00-\\u9fa5A-Za-z0-9]{2,8}?(小区|新城|花园|家园|广场|公寓|街道|社区|大道|路|村|镇|乡|学校|小学|中学|医院|市场|公园|高速|国道|苑|园)");

	private static final Set<String> TOO_VAGUE = Set.of("小区", "社区", "街道", "道路", "公路", "马路", "学校", "医院",
			"市场", "公园", "农村", "乡镇", "城乡");

	private HotspotPlace() {
	}

	static String of(Collection<HotspotMessage> messages) {
		Map<String, Integer> counts = new HashMap<>();
		for (HotspotMessage message : messages) {
			Set<String> seen = new HashSet<>();
			Matcher m = PLACE.matcher(message.title() + "。" + message.content());
			while (m.find()) {
				String place = trim(m.group());
				if (place.length() >= 3 && !TOO_VAGUE.contains(place) && !place.contains("政府") && !place.contains("时")
						&& seen.add(place)) {
					counts.merge(place, 1, Integer::sum);
				}
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing(e -> -e.getKey().length())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("");
	}

	/** Verbs and fillers the pattern may have swallowed in front of the name (反映/投诉/关于). */
	private static String trim(String place) {
		return place.replaceFirst("^(反映|投诉|举报|关于|咨询|请问|建议|希望|我是|位于|在|的|和|与|而|了|是|从|到|把|被|对|给)+", "");
	}

}
