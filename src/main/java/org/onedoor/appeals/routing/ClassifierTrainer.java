package org.onedoor.appeals.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Fits a {@link ClassifierModel}: vocabulary and IDF from the examples (plus, by default, one example
 * per second-level name of the category tree, {@link ClassifierTreeExamples}), then multinomial logistic
 * regression by stochastic gradient descent with L2 shrinkage and class-balanced loss weights. A fixed seed makes it deterministic, so
 * every node that trains on the same examples gets the same model.
 */
public final class ClassifierTrainer {

	private final int epochs;

	private final double learningRate;

	private final double l2;

	private final ClassifierFeatures features;

	private final boolean treeExamples;

	/** The shipped setting: tree lexicon, 词林 groups, tree examples, word vectors at weight 0.5 (docs/routing.md). */
	public ClassifierTrainer() {
		this(60, 2.0, 1e-6, ClassifierFeatures.SHIPPED, true);
	}

	ClassifierTrainer(int epochs, double learningRate, double l2, ClassifierFeatures features, boolean treeExamples) {
		this.epochs = epochs;
		this.learningRate = learningRate;
		this.l2 = l2;
		this.features = features;
		this.treeExamples = treeExamples;
	}

	/**
	 * The shipped setting, or a variant of it for the experiments in docs/routing.md
	 * ({@code --cilin=0}: the setting before 2026-12-07; {@code --lexicon=false --tree=false --dense=0 --cilin=0}:
	 * the terms-only setting).
	 * @throws NumberFormatException when a number is not one
	 */
	static ClassifierTrainer variant(Map<String, String> options) {
		return new ClassifierTrainer(Integer.parseInt(options.getOrDefault("epochs", "60")),
				Double.parseDouble(options.getOrDefault("rate", "2.0")), Double.parseDouble(options.getOrDefault("l2", "1e-6")),
				new ClassifierFeatures(Boolean.parseBoolean(options.getOrDefault("lexicon", "true")),
						Float.parseFloat(options.getOrDefault("dense", "0.5")), Integer.parseInt(options.getOrDefault("cilin", "5"))),
				Boolean.parseBoolean(options.getOrDefault("tree", "true")));
	}

	public ClassifierModel train(List<ClassifierExample> given) {
		if (given.isEmpty()) {
			throw new IllegalArgumentException("No examples to train on");
		}
		List<String> labels = new ArrayList<>(new TreeSet<>(given.stream().map(ClassifierExample::category).toList()));
		List<ClassifierExample> examples = new ArrayList<>(given);
		if (treeExamples) {
			examples.addAll(ClassifierTreeExamples.shipped(labels));
		}
		List<ClassifierText.Analysed> analysed = examples.stream().map(e -> features.analyse(e.title(), e.content())).toList();
		List<Map<String, Integer>> documents = analysed.stream().map(ClassifierText.Analysed::terms).toList();
		Map<String, Integer> df = new HashMap<>();
		documents.forEach(d -> d.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
		Map<String, Integer> vocabulary = new HashMap<>();
		List<String> sorted = new ArrayList<>(new TreeSet<>(df.keySet()));
		float[] idf = new float[sorted.size()];
		for (String term : sorted) {
			int i = vocabulary.size();
			vocabulary.put(term, i);
			idf[i] = (float) (Math.log((1.0 + documents.size()) / (1.0 + df.get(term))) + 1);
		}
		float[][] weights = new float[labels.size()][idf.length + 1 + features.dimensions()];
		ClassifierModel model = new ClassifierModel(labels, vocabulary, idf, weights, features);
		List<ClassifierModel.SparseVector> xs = new ArrayList<>();
		int[] ys = new int[examples.size()];
		for (int n = 0; n < examples.size(); n++) {
			xs.add(model.vectorise(analysed.get(n)));
			ys[n] = labels.indexOf(examples.get(n).category());
		}
		fit(xs, ys, weights);
		return model;
	}

	private void fit(List<ClassifierModel.SparseVector> xs, int[] ys, float[][] weights) {
		Random random = new Random(20261126L);
		int[] order = new int[xs.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		double[] p = new double[weights.length];
		double[] classWeight = balanced(ys, weights.length);
		for (int epoch = 0; epoch < epochs; epoch++) {
			double rate = learningRate / (1 + epoch * 0.1);
			shuffle(order, random);
			for (int n : order) {
				ClassifierModel.SparseVector x = xs.get(n);
				double max = Double.NEGATIVE_INFINITY;
				for (int c = 0; c < p.length; c++) {
					p[c] = x.dot(weights[c]);
					max = Math.max(max, p[c]);
				}
				double sum = 0;
				for (int c = 0; c < p.length; c++) {
					p[c] = Math.exp(p[c] - max);
					sum += p[c];
				}
				for (int c = 0; c < p.length; c++) {
					float g = (float) (rate * classWeight[ys[n]] * (p[c] / sum - (c == ys[n] ? 1 : 0)));
					float[] w = weights[c];
					for (int k = 0; k < x.index().length; k++) {
						w[x.index()[k]] -= g * x.value()[k];
					}
				}
			}
			float shrink = (float) (1 - rate * l2 * xs.size());
			for (float[] w : weights) {
				for (int i = 0; i < w.length; i++) {
					w[i] *= shrink;
				}
			}
		}
	}

	/**
	 * Each category weighs as much as any other in the loss (n / (k · n_c)): the small ones (环境保护,
	 * 商贸旅游) are otherwise swallowed by 城乡建设.
	 */
	static double[] balanced(int[] ys, int categories) {
		int[] count = new int[categories];
		for (int y : ys) {
			count[y]++;
		}
		double[] weight = new double[categories];
		for (int c = 0; c < categories; c++) {
			weight[c] = count[c] == 0 ? 0 : (double) ys.length / (categories * count[c]);
		}
		return weight;
	}

	private static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
	}

}
