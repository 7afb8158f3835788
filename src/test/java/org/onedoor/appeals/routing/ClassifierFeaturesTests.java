package org.onedoor.appeals.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClassifierFeaturesTests {

	@Test
	void dictionaryWordsAreAddedButNotSingleCharactersOrMaskedPlaces() {
		assertThat(ClassifierText.terms("小区垃圾无人清运", "A3区某小区的垃圾堆放多日"))
			.containsEntry("w:小区", 2)
			.containsEntry("w:清运", 1)
			// the dictionary's longest match; the character pairs still see 垃圾 twice
			.containsEntry("w:垃圾堆", 1)
			.containsEntry("垃圾", 2)
			.doesNotContainKeys("w:A3区", "w:区", "w:的");
	}

	@Test
	void eachCategoryWeighsAsMuchInTheLossAsAnyOther() {
		// six examples of category 0, two of 1: n / (k · n_c)
		double[] weight = ClassifierTrainer.balanced(new int[] { 0, 0, 0, 0, 0, 0, 1, 1 }, 2);
		assertThat(weight[0]).isCloseTo(8.0 / (2 * 6), within(1e-12));
		assertThat(weight[1]).isCloseTo(8.0 / (2 * 2), within(1e-12));
		assertThat(weight[0] * 6).isCloseTo(weight[1] * 2, within(1e-12));
	}

	@Test
	void aCategoryWithoutExamplesGetsNoWeightRatherThanInfinity() {
		// two examples, both of category 0: 2 / (2 · 2)
		assertThat(ClassifierTrainer.balanced(new int[] { 0, 0 }, 2)).containsExactly(0.5, 0.0);
	}

}
