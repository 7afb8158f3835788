package org.onedoor.appeals.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified k-fold cross-validation: every example is classified by a model that never saw it. Gives
 * top-1 and top-3 accuracy overall and per category (recall of that category).
 */
public final class ClassifierEvaluation {

	private ClassifierEvaluation() {
	}

	public record Result(int examples, double top1, double top3, Map<String, double[]> perCategory) {
	}

	public static Result crossValidate(List<ClassifierExample> examples, int folds, ClassifierTrainer trainer) {
		return crossValidate(examples, folds, trainer, 7);
	}

	/** @param seed of the fold split: 7 chooses settings in docs/routing.md, 11 confirms them */
	public static Result crossValidate(List<ClassifierExample> examples, int folds, ClassifierTrainer trainer, long seed) {
		List<List<ClassifierExample>> split = folds(examples, folds, seed);
		int[] hits = new int[2];
		Map<String, int[]> per = new TreeMap<>();
		for (int f = 0; f < folds; f++) {
			List<ClassifierExample> train = new ArrayList<>();
			for (int g = 0; g < folds; g++) {
				if (g != f) {
					train.addAll(split.get(g));
				}
			}
			score(trainer.train(train), split.get(f), hits, per);
		}
		Map<String, double[]> perCategory = new TreeMap<>();
		per.forEach((c, h) -> perCategory.put(c, new double[] { h[0], (double) h[1] / h[0], (double) h[2] / h[0] }));
		return new Result(examples.size(), (double) hits[0] / examples.size(), (double) hits[1] / examples.size(),
				perCategory);
	}

	/** Top-1 accuracy of a model on examples it was not trained on. */
	public static double accuracy(ClassifierModel model, List<ClassifierExample> heldBack) {
		int[] hits = new int[2];
		score(model, heldBack, hits, new TreeMap<>());
		return heldBack.isEmpty() ? 0 : (double) hits[0] / heldBack.size();
	}

	private static void score(ClassifierModel model, List<ClassifierExample> test, int[] hits, Map<String, int[]> per) {
		for (ClassifierExample e : test) {
			List<ClassifierScore> ranked = model.classify(e.title(), e.content());
			int rank = 0;
			while (rank < ranked.size() && !ranked.get(rank).category().equals(e.category())) {
				rank++;
			}
			int[] h = per.computeIfAbsent(e.category(), c -> new int[3]);
			h[0]++;
			if (rank == 0) {
				hits[0]++;
				h[1]++;
			}
			if (rank < 3) {
				hits[1]++;
				h[2]++;
			}
		}
	}

	/** Stratified: each category spread evenly over the folds, in a seeded random order. */
	static List<List<ClassifierExample>> folds(List<ClassifierExample> examples, int folds, long seed) {
		List<List<ClassifierExample>> split = new ArrayList<>();
		for (int f = 0; f < folds; f++) {
			split.add(new ArrayList<>());
		}
		List<ClassifierExample> sorted = new ArrayList<>(examples);
		java.util.Collections.shuffle(sorted, new Random(seed));
		sorted.sort(Comparator.comparing(ClassifierExample::category));
		for (int i = 0; i < sorted.size(); i++) {
			split.get(i % folds).add(sorted.get(i));
		}
		return split;
	}

}
