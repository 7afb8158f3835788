package org.onedoor.appeals.intel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a new appeal is about the same matter as an earlier one. Text counts most
 * (the better of word overlap and character-pair overlap, so a different word cut does not
 * hide a copy); place and caller decide between "surely the same" and "ask a person". Two
 * appeals far apart, or in different counties, are never linked automatically, however alike
 * their words: the same complaint about two building sites is two matters.
 */
public final class DuplicateMatcher {

	/** Text this alike is the same matter when place or caller agree. */
	static final double HIGH_TEXT = 0.6;

	/** Text this alike is the same matter even without place or caller (a copy). */
	static final double COPY_TEXT = 0.85;

	static final double MEDIUM_TEXT = 0.3;

	static final double NEAR_METRES = 500;

	static final double FAR_METRES = 5_000;

	private final Duration window;

	public DuplicateMatcher(Duration window) {
		this.window = window;
	}

	public DuplicateMatch match(DuplicateSubject incoming, DuplicateSubject earlier) {
		if (Duration.between(earlier.at(), incoming.at()).abs().compareTo(window) > 0) {
			return new DuplicateMatch(earlier.id(), DuplicateLevel.NONE, 0, List.of());
		}
		DuplicateTerms a = incoming.terms();
		DuplicateTerms b = earlier.terms();
		double words = dice(a.words(), b.words());
		double pairs = dice(a.bigrams(), b.bigrams());
		double titles = dice(a.titleWords(), b.titleWords());
		double text = Math.max(Math.max(words, pairs), 0.7 * titles);
		List<DuplicateReason> placeReasons = new ArrayList<>(3);
		Place place = place(incoming, earlier, placeReasons);
		boolean sameCaller = incoming.mobile() != null && incoming.mobile().equals(earlier.mobile());
		double score = Math.min(1, text + (place == Place.SAME ? 0.15 : 0) + (sameCaller ? 0.15 : 0)
				- (place == Place.APART ? 0.3 : 0));
		DuplicateLevel level;
		if (place != Place.APART && (text >= COPY_TEXT || text >= HIGH_TEXT && (place == Place.SAME || sameCaller))) {
			level = DuplicateLevel.HIGH;
		}
		else if (place != Place.APART && text >= MEDIUM_TEXT || sameCaller && text >= MEDIUM_TEXT / 2) {
			level = DuplicateLevel.MEDIUM;
		}
		else {
			level = DuplicateLevel.NONE;
		}
		// most candidates of a search are not the same matter: their reasons are never shown, so
		// they are not worked out (the shared phrases are a sort per candidate)
		List<DuplicateReason> reasons = level == DuplicateLevel.NONE ? List.of()
				: reasons(a, b, text, placeReasons, sameCaller ? incoming.mobile() : null);
		return new DuplicateMatch(earlier.id(), level, Math.max(0, score), reasons);
	}

	private static List<DuplicateReason> reasons(DuplicateTerms a, DuplicateTerms b, double text,
			List<DuplicateReason> placeReasons, String sameCaller) {
		List<DuplicateReason> reasons = new ArrayList<>();
		Set<String> shared = new TreeSet<>(a.words());
		shared.retainAll(b.words());
		if (!shared.isEmpty()) {
			reasons.add(new DuplicateReason(DuplicateReason.Kind.SHARED_PHRASES,
					String.join("、", shared.stream()
						// the words of the titles say best what the matter is; then the longer words
						.sorted(java.util.Comparator.comparing((String w) -> !(a.titleWords().contains(w)
								|| b.titleWords().contains(w)))
							.thenComparing(w -> -w.length())
							.thenComparing(w -> w))
						.limit(6)
						.toList())));
		}
		reasons.add(new DuplicateReason(DuplicateReason.Kind.SIMILAR_TEXT, String.valueOf(Math.round(text * 100))));
		reasons.addAll(placeReasons);
		if (sameCaller != null) {
			reasons.add(new DuplicateReason(DuplicateReason.Kind.SAME_CALLER, sameCaller));
		}
		return reasons;
	}

	private enum Place {

		SAME, UNKNOWN, APART

	}

	/** Addresses' character pairs, each worked out once per search rather than once per candidate. */
	private final Map<String, Set<String>> addressPairs = new HashMap<>();

	private Place place(DuplicateSubject x, DuplicateSubject y, List<DuplicateReason> reasons) {
		Place place = Place.UNKNOWN;
		if (x.located() && y.located()) {
			double metres = metres(x.latitude(), x.longitude(), y.latitude(), y.longitude());
			reasons.add(new DuplicateReason(DuplicateReason.Kind.DISTANCE, String.valueOf(Math.round(metres))));
			if (metres > FAR_METRES) {
				return Place.APART;
			}
			place = metres <= NEAR_METRES ? Place.SAME : Place.UNKNOWN;
		}
		if (x.divisionCode() != null && y.divisionCode() != null) {
			int common = commonLevel(x.divisionCode(), y.divisionCode());
			if (common >= 9) {
				reasons.add(new DuplicateReason(common == 12 ? DuplicateReason.Kind.SAME_DIVISION
						: DuplicateReason.Kind.NEAR_DIVISION, x.divisionCode().substring(0, common)));
				place = Place.SAME;
			}
			else if (common < 6) {
				return Place.APART;
			}
		}
		if (x.address() != null && y.address() != null) {
			double alike = dice(addressPairs.computeIfAbsent(x.address(), DuplicateText::bigrams), DuplicateText.bigrams(y.address()));
			if (alike >= 0.5) {
				reasons.add(new DuplicateReason(DuplicateReason.Kind.SIMILAR_ADDRESS, y.address()));
				place = Place.SAME;
			}
		}
		return place;
	}

	/** How many leading digits of two division codes agree, in whole levels (2, 4, 6, 9, 12). */
	static int commonLevel(String a, String b) {
		int common = 0;
		for (int level : new int[] { 2, 4, 6, 9, 12 }) {
			if (a.length() >= level && b.length() >= level && a.regionMatches(0, b, 0, level)) {
				common = level;
			}
			else {
				break;
			}
		}
		return common;
	}

	static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		for (String s : small) {
			if (large.contains(s)) {
				shared++;
			}
		}
		return 2.0 * shared / (a.size() + b.size());
	}

	/** Great-circle distance; appeals are within one city, so the sphere is precise enough. */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
	}

}
