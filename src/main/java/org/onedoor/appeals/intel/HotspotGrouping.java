package org.onedoor.appeals.intel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups messages on the same matter and ranks the groups. Each message becomes a TF-IDF
 * vector of its meaningful words (title words count double: the title says what the matter
 * is); two messages whose vectors are close enough belong to the same group, and groups join
 * through shared members. The rarer a word, the more it says: a named estate or a 搅拌站 links
 * messages, 小区 alone does not. Ranking puts first the matters the most different citizens
 * raised, then the most supported: one person writing ten times is not a hot topic.
 */
public final class HotspotGrouping {

	/** Cosine similarity at which two messages are taken to be about the same matter. */
	static final double SAME_MATTER = 0.42;

	/** Words in more than this share of messages say nothing about which matter. */
	static final double COMMON = 0.04;

	private final DuplicateText text;

	public HotspotGrouping(DuplicateText text) {
		this.text = text;
	}

	/** Every group, hottest first. */
	public List<HotTopic> group(List<HotspotMessage> messages) {
		return group(messages, Integer.MAX_VALUE);
	}

	/** The {@code top} hottest groups; only those are described (title, place), which is the slow part. */
	public List<HotTopic> group(List<HotspotMessage> messages, int top) {
		int n = messages.size();
		List<Map<String, Double>> tf = new ArrayList<>(n);
		Map<String, Integer> df = new HashMap<>();
		for (HotspotMessage m : messages) {
			Map<String, Double> counts = new TreeMap<>();
			text.words(text.clean(m.title())).forEach(w -> counts.merge(w, 2.0, Double::sum));
			text.words(text.clean(m.content())).forEach(w -> counts.merge(w, 1.0, Double::sum));
			tf.add(counts);
			counts.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
		}
		List<Map<String, Double>> vectors = new ArrayList<>(n);
		Map<String, Postings> postings = new HashMap<>();
		// in a small file every word is rare enough to link by
		int commonLimit = Math.max(50, (int) (n * COMMON));
		for (int i = 0; i < n; i++) {
			Map<String, Double> v = new HashMap<>();
			double norm = 0;
			for (var e : tf.get(i).entrySet()) {
				double w = e.getValue() * Math.log(1.0 + (double) n / df.get(e.getKey()));
				v.put(e.getKey(), w);
				norm += w * w;
			}
			double len = Math.sqrt(norm);
			v.replaceAll((k, w) -> w / len);
			vectors.add(v);
			for (String word : v.keySet()) {
				if (df.get(word) <= commonLimit) {
					postings.computeIfAbsent(word, k -> new Postings()).add(i, v.get(word));
				}
			}
		}
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		// dot products through the postings of the rarer words: only pairs sharing one are scored
		double[] partial = new double[n];
		List<Integer> touched = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (var e : vectors.get(i).entrySet()) {
				Postings docs = postings.get(e.getKey());
				if (docs == null) {
					continue;
				}
				double weight = e.getValue();
				// postings are in document order: start after i
				for (int k = docs.after(i); k < docs.size; k++) {
					int j = docs.docs[k];
					if (partial[j] == 0) {
						touched.add(j);
					}
					partial[j] += weight * docs.weights[k];
				}
			}
			for (int j : touched) {
				// the rare words alone must already make the pair close; the common ones complete it
				if (partial[j] >= SAME_MATTER / 2 && cosine(vectors.get(i), vectors.get(j)) >= SAME_MATTER) {
					union(parent, i, j);
				}
				partial[j] = 0;
			}
			touched.clear();
		}
		Map<Integer, List<Integer>> groups = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
		}
		Comparator<List<Integer>> hottest = Comparator.comparingDouble((List<Integer> g) -> heat(messages, g))
			.reversed()
			.thenComparing(Comparator.comparingInt((List<Integer> g) -> g.size()).reversed())
			.thenComparingInt(g -> g.get(0));
		return groups.values()
			.stream()
			.sorted(hottest)
			.limit(top)
			.map(members -> topic(messages, vectors, members))
			.toList();
	}

	/** Different citizens count most, support next; repeats by the same person a little. */
	static double heat(List<HotspotMessage> messages, List<Integer> members) {
		long citizens = members.stream().map(i -> messages.get(i).user()).distinct().count();
		int supports = members.stream().mapToInt(i -> messages.get(i).supports()).sum();
		return citizens + 0.5 * Math.log1p(supports) + 0.1 * (members.size() - citizens);
	}

	private static HotTopic topic(List<HotspotMessage> messages, List<Map<String, Double>> vectors, List<Integer> members) {
		List<HotspotMessage> group = members.stream().map(messages::get).toList();
		// the representative is the message closest to all the others
		int best = members.get(0);
		double bestSum = -1;
		for (int i : members) {
			double sum = 0;
			for (int j : members) {
				sum += i == j ? 0 : cosine(vectors.get(i), vectors.get(j));
			}
			if (sum > bestSum) {
				bestSum = sum;
				best = i;
			}
		}
		int citizens = (int) group.stream().map(HotspotMessage::user).distinct().count();
		int supports = group.stream().mapToInt(HotspotMessage::supports).sum();
		double heat = heat(messages, members);
		var ordered = group.stream().sorted(Comparator.comparing(HotspotMessage::at).thenComparing(HotspotMessage::id)).toList();
		return new HotTopic(messages.get(best).title().strip(), HotspotPlace.of(group), ordered.get(0).at(),
				ordered.get(ordered.size() - 1).at(), group.size(), citizens, supports, heat,
				ordered.stream().map(HotspotMessage::id).toList());
	}

	/** The documents having one word, in document order, with the word's weight in each. */
	private static final class Postings {

		int[] docs = new int[4];

		double[] weights = new double[4];

		int size;

		void add(int doc, double weight) {
			if (size == docs.length) {
				docs = java.util.Arrays.copyOf(docs, size * 2);
				weights = java.util.Arrays.copyOf(weights, size * 2);
			}
			docs[size] = doc;
			weights[size++] = weight;
		}

		int after(int doc) {
			int at = java.util.Arrays.binarySearch(docs, 0, size, doc);
			return at >= 0 ? at + 1 : -at - 1;
		}

	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		Map<String, Double> small = a.size() <= b.size() ? a : b;
		Map<String, Double> large = small == a ? b : a;
		double dot = 0;
		for (var e : small.entrySet()) {
			Double w = large.get(e.getKey());
			if (w != null) {
				dot += e.getValue() * w;
			}
		}
		return dot;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		// the smaller index becomes the root, so the grouping does not depend on visiting order
		if (ra < rb) {
			parent[rb] = ra;
		}
		else if (rb < ra) {
			parent[ra] = rb;
		}
	}

}
