package org.onedoor.appeals.routing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierCilinTests {

	@Test
	void wordsOfOneGroupShareItsTermAtTheChosenLevel() {
		ClassifierCilin cilin = ClassifierCilin.of(List.of("\uFEFFBg07A03= 噪音 噪声", "Bg07B01= 响声", "Hi11C04# 专递 快递"), 5);
		assertThat(terms(cilin, "噪音")).containsExactly("cl:Bg07A");
		assertThat(terms(cilin, "噪声")).containsExactly("cl:Bg07A");
		assertThat(terms(cilin, "响声")).containsExactly("cl:Bg07B");
		ClassifierCilin coarse = ClassifierCilin.of(List.of("Bg07A03= 噪音 噪声", "Bg07B01= 响声"), 4);
		assertThat(terms(coarse, "响声")).isEqualTo(terms(coarse, "噪音")).containsExactly("cl:Bg07");
	}

	@Test
	void aWordInSeveralGroupsAddsEachOnceAndSingleCharactersNone() {
		ClassifierCilin cilin = ClassifierCilin.of(List.of("Aa01A03= 人口 口", "Bk08A01= 口 嘴", "Di09A01# 人口 户口",
				"Di09A02# 人口"), 5);
		assertThat(terms(cilin, "人口")).containsExactly("cl:Aa01A", "cl:Di09A");
		assertThat(terms(cilin, "口")).isEmpty();
		assertThat(terms(cilin, "不在词林里的词")).isEmpty();
	}

	@Test
	void theShippedDictionaryComesWithHanLP() {
		ClassifierCilin shipped = ClassifierCilin.shipped(5);
		assertThat(terms(shipped, "噪音")).isEqualTo(terms(shipped, "噪声")).isNotEmpty();
		assertThat(terms(shipped, "快递")).containsAnyElementsOf(terms(shipped, "速递"));
	}

	private static List<String> terms(ClassifierCilin cilin, String word) {
		List<String> found = new ArrayList<>();
		cilin.addTerms(List.of(word), (term, n) -> found.add(term));
		return found;
	}

}
