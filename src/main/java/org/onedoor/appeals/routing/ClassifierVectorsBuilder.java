package org.onedoor.appeals.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Learns {@link ClassifierVectors} from unlabelled texts, the classic count-based way (Levy, Goldberg
 * and Dagan 2015): co-occurrence of dictionary words within a window, positive pointwise mutual
 * information with context smoothing (α = 0.75), then a truncated SVD by randomised power iteration
 * (Halko, Martinsson and Tropp 2011) so nothing but plain Java is needed. Word vector = U·√Σ,
 * normalised, times the word's weight a / (a + p(word)) (Arora et al. 2017: frequent words say less).
 * Deterministic (seeded).
 */
final class ClassifierVectorsBuilder {

	private final int minCount;

	private final int maxWords;

	private final int window;

	private final int dimensions;

	ClassifierVectorsBuilder(int minCount, int maxWords, int window, int dimensions) {
		this.minCount = minCount;
		this.maxWords = maxWords;
		this.window = window;
		this.dimensions = dimensions;
	}

	ClassifierVectors build(List<List<String>> documents) {
		Map<String, Integer> counts = new HashMap<>();
		long tokens = 0;
		for (List<String> doc : documents) {
			for (String w : doc) {
				counts.merge(w, 1, Integer::sum);
				tokens++;
			}
		}
		List<String> vocabulary = new ArrayList<>(counts.keySet());
		vocabulary.removeIf(w -> counts.get(w) < minCount);
		vocabulary.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
		if (vocabulary.size() > maxWords) {
			vocabulary = new ArrayList<>(vocabulary.subList(0, maxWords));
		}
		Map<String, Integer> index = new HashMap<>();
		vocabulary.forEach(w -> index.put(w, index.size()));
		int n = vocabulary.size();
		Sparse ppmi = ppmi(documents, index, n);
		double[][] u = ClassifierSvd.leftVectors(ppmi.rows, ppmi.cols, ppmi.values, n, dimensions, new Random(20261126L));
		float[] vectors = new float[n * dimensions];
		for (int i = 0; i < n; i++) {
			double norm = 0;
			for (int d = 0; d < dimensions; d++) {
				norm += u[i][d] * u[i][d];
			}
			double p = (double) counts.get(vocabulary.get(i)) / tokens;
			double weight = 1e-3 / (1e-3 + p);
			double scale = norm == 0 ? 0 : weight / Math.sqrt(norm);
			for (int d = 0; d < dimensions; d++) {
				vectors[i * dimensions + d] = (float) (u[i][d] * scale);
			}
		}
		return new ClassifierVectors(index, dimensions, vectors);
	}

	/** Compressed sparse rows of the PPMI matrix. */
	record Sparse(int[] rows, int[] cols, float[] values) {
	}

	private Sparse ppmi(List<List<String>> documents, Map<String, Integer> index, int n) {
		// every (word, context) pair as one long, sorted and counted: no map of millions of boxed pairs
		long[] pairs = new long[1 << 20];
		int size = 0;
		for (List<String> doc : documents) {
			int[] ids = doc.stream().mapToInt(w -> index.getOrDefault(w, -1)).filter(i -> i >= 0).toArray();
			for (int i = 0; i < ids.length; i++) {
				for (int j = Math.max(0, i - window); j < Math.min(ids.length, i + window + 1); j++) {
					if (j != i) {
						if (size == pairs.length) {
							pairs = Arrays.copyOf(pairs, size * 2);
						}
						pairs[size++] = (long) ids[i] * n + ids[j];
					}
				}
			}
		}
		Arrays.sort(pairs, 0, size);
		double[] rowSum = new double[n];
		double[] colSum = new double[n];
		for (int k = 0; k < size; k++) {
			rowSum[(int) (pairs[k] / n)]++;
			colSum[(int) (pairs[k] % n)]++;
		}
		double total = size;
		double smoothed = 0;
		for (double c : colSum) {
			smoothed += Math.pow(c, 0.75);
		}
		int[] rows = new int[n + 1];
		List<int[]> entries = new ArrayList<>();
		List<Float> values = new ArrayList<>();
		int k = 0;
		while (k < size) {
			int end = k;
			while (end < size && pairs[end] == pairs[k]) {
				end++;
			}
			int w = (int) (pairs[k] / n);
			int c = (int) (pairs[k] % n);
			double pmi = Math.log(((end - k) / total) / ((rowSum[w] / total) * (Math.pow(colSum[c], 0.75) / smoothed)));
			if (pmi > 0) {
				entries.add(new int[] { w, c });
				values.add((float) pmi);
				rows[w + 1]++;
			}
			k = end;
		}
		for (int i = 0; i < n; i++) {
			rows[i + 1] += rows[i];
		}
		int[] cols = new int[entries.size()];
		float[] vals = new float[entries.size()];
		for (int e = 0; e < entries.size(); e++) {
			cols[e] = entries.get(e)[1];
			vals[e] = values.get(e);
		}
		// pairs were sorted by (word, context), so the entries already are in row order
		return new Sparse(rows, cols, vals);
	}

}
