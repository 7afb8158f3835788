package org.onedoor.appeals.routing;

import java.util.List;

/**
 * Which feature families a model uses on top of the TF-IDF terms of {@link ClassifierText}: the
 * category tree's words ({@link ClassifierLexicon}) and the text's dense vector from the word vectors
 * learnt on unlabelled messages ({@link ClassifierVectors}), appended with the given weight (0: none);
 * neighbours > 0 widens the lexicon by each tree word's nearest words in those vectors.
 * Stored with the model, so a model keeps classifying the way it was trained.
 */
record ClassifierFeatures(boolean lexicon, float dense, int neighbours) {

	/** What models stored before these features existed use. */
	static final ClassifierFeatures TERMS_ONLY = new ClassifierFeatures(false, 0, 0);

	int dimensions() {
		return dense > 0 ? ClassifierVectors.shipped().dimensions() : 0;
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

	float[] embed(List<String> words) {
		float[] v = ClassifierVectors.shipped().embed(words);
		for (int d = 0; d < v.length; d++) {
			v[d] *= dense;
		}
		return v;
	}

}
