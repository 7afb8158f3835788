package org.onedoor.appeals.routing;

import java.util.List;

/**
 * Which feature families a model uses on top of the TF-IDF terms of {@link ClassifierText}: the
 * category tree's words ({@link ClassifierLexicon}) and the text's dense vector from the word vectors
 * learnt on unlabelled messages ({@link ClassifierVectors}), appended with the given weight (0: none);
 * neighbours > 0 widens the lexicon by each tree word's nearest words in those vectors.
 * Stored with the model, so a model keeps classifying the way it was trained.
 */
record ClassifierFeatures(boolean lexicon, float dense, int neighbours, float titleDense) {

	/** What models stored before these features existed use. */
	static final ClassifierFeatures TERMS_ONLY = new ClassifierFeatures(false, 0, 0, 0);

	int dimensions() {
		int d = dense > 0 || titleDense > 0 ? ClassifierVectors.shipped().dimensions() : 0;
		return (dense > 0 ? d : 0) + (titleDense > 0 ? d : 0);
	}

	ClassifierText.Analysed analyse(String title, String content) {
		ClassifierText.Analysed analysed = ClassifierText.analyse(title, content);
		if (lexicon) {
			ClassifierLexicon words = ClassifierLexicon.shipped();
			if (neighbours > 0) {
				words = words.expanded(ClassifierVectors.shipped(), neighbours);
			}
			words.addTerms(analysed.words(), (t, n) -> analysed.terms().merge(t, n, Integer::sum));
		}
		return analysed;
	}

	/** The text's dense block(s): the whole text's vector, then the title's. */
	float[] embed(ClassifierText.Analysed analysed) {
		float[] v = new float[dimensions()];
		int at = 0;
		if (dense > 0) {
			at = put(v, at, analysed.words(), dense);
		}
		if (titleDense > 0) {
			put(v, at, analysed.titleWords(), titleDense);
		}
		return v;
	}

	private static int put(float[] target, int at, List<String> words, float weight) {
		float[] v = ClassifierVectors.shipped().embed(words);
		for (int d = 0; d < v.length; d++) {
			target[at + d] = v[d] * weight;
		}
		return at + v.length;
	}

}
