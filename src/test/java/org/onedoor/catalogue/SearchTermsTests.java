package org.onedoor.catalogue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese words, character pairs and pinyin as index terms; pure. */
class SearchTermsTests {

	@Test
	void anItemIsIndexedByWordsPairsAndPinyin() {
		Map<String, Integer> terms = SearchTerms.of("律师执业许可", null);
		assertThat(terms).containsKeys("w:律师", "w:执业", "w:许可", "b:律师", "b:师执", "c:律", "p:lszyxk", "p:zyxk",
				"q:lvshizhiyexuke");
		assertThat(terms.get("w:律师")).isGreaterThan(terms.get("c:律"));
	}

	@Test
	void latinLettersArePinyinPrefixes() {
		SearchTerms.Query q = SearchTerms.query(" LSZY ");
		assertThat(q.exact()).isEmpty();
		assertThat(q.prefixes()).containsExactly("p:lszy%", "q:lszy%");
	}

	@Test
	void chineseQueriesAreWordsAndPairsAndASingleCharacterItself() {
		assertThat(SearchTerms.query("身份证换领").exact()).contains("w:身份证", "b:身份", "b:换领");
		assertThat(SearchTerms.query("房").exact()).containsExactly("c:房");
		assertThat(SearchTerms.query("  ").isEmpty()).isTrue();
	}

	@Test
	void otherTextAddsOnlyLightPairs() {
		Map<String, Integer> terms = SearchTerms.of("结婚登记", "居民身份证");
		assertThat(terms.get("b:身份")).isEqualTo(SearchTerms.OTHER_PAIR);
		assertThat(terms).doesNotContainKey("w:身份证");
	}

}
