package org.onedoor.appeals.routing;

/**
 * Which feature families a model uses on top of the TF-IDF terms of {@link ClassifierText}: the
 * category tree's words ({@link ClassifierLexicon}), the 同义词词林 groups of its words cut at
 * {@code cilin} code characters ({@link ClassifierCilin}; 0: none, 5 won in docs/routing.md) and the
 * text's dense vector from the word vectors learnt on unlabelled messages ({@link ClassifierVectors}),
 * appended with the given weight (0: none; 0.5 won: at 1 and above the hundred dense values crowd out
 * the sparse terms). Stored with the model, so a model keeps classifying the way it was trained.
 */
record ClassifierFeatures(boolean lexicon, float dense, int cilin) {

	/** What models stored before these features existed use. */
	static final ClassifierFeatures TERMS_ONLY = new ClassifierFeatures(false, 0, 0);

	/** The shipped setting (docs/routing.md). */
	static final ClassifierFeatures SHIPPED = new ClassifierFeatures(true, 0.5f, 5);

	int dimensions() {
		return dense > 0 ? ClassifierVectors.shipped().dimensions() : 0;
	}

	ClassifierText.Analysed analyse(String title, String content) {
		ClassifierText.Analysed analysed = ClassifierText.analyse(title, content);
		if (lexicon) {
			ClassifierLexicon.shipped().addTerms(analysed.words(), (t, n) -> analysed.terms().merge(t, n, Integer::sum));
		}
		if (cilin > 0) {
			ClassifierCilin.shipped(cilin).addTerms(analysed.words(), (t, n) -> analysed.terms().merge(t, n, Integer::sum));
		}
		return analysed;
	}

	/** The text's vector (normalised) times the weight; nothing when the weight is 0. */
	float[] embed(ClassifierText.Analysed analysed) {
		if (dense <= 0) {
			return new float[0];
		}
		float[] v = ClassifierVectors.shipped().embed(analysed.words());
		for (int d = 0; d < v.length; d++) {
			v[d] *= dense;
		}
		return v;
	}

}
