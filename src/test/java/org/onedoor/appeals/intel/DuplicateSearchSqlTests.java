package org.onedoor.appeals.intel;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words find an appeal, and in which county they are looked up. */
class DuplicateSearchSqlTests {

	private static final DuplicateText TEXT = new DuplicateText(DuplicateSynonyms.defaults());

	// 213464 and 243692 (teddy2020-hotspot-messages.csv): two neighbours about the same 搅拌站
	private static final DuplicateTerms NEIGHBOUR_A = TEXT.terms("投诉丽发新城小区附近违建搅拌站",
			"我是暮云街道丽发新城小区的业主，我要投诉开发商在小区附近违建大型搅拌站。该搅拌站的设备太吵了，每天轰隆隆的，严重影响我们的休息！请有关部门尽快处理！");

	private static final DuplicateTerms NEIGHBOUR_B = TEXT.terms("丽发新城小区附近搅拌站噪音扰民",
			"领导您好！我是暮云街道丽发新城小区的业主，我投诉小区附近建的搅拌站，机器不分昼夜的运行，各种渣土车、沙石混杂的噪声严重影响了小区居民的身心健康！并且搅拌站的灰尘极大，都飘到小区里来了，阳台窗户上全是厚厚的灰尘，根本不敢开窗！");

	@Test
	void titleWordsComeFirstThenLongerWords() {
		DuplicateTerms terms = new DuplicateTerms(Set.of("小区", "搅拌站", "丽发新城", "噪音", "业主"),
				Set.of("噪音", "搅拌站"), Set.of());
		assertThat(terms.searchTerms(10)).containsExactly("搅拌站", "噪音", "丽发新城", "业主", "小区");
		assertThat(terms.searchTerms(3)).containsExactly("搅拌站", "噪音", "丽发新城");
	}

	@Test
	void theSameTextAlwaysGivesTheSameWords() {
		DuplicateTerms again = TEXT.terms("投诉丽发新城小区附近违建搅拌站",
				"我是暮云街道丽发新城小区的业主，我要投诉开发商在小区附近违建大型搅拌站。该搅拌站的设备太吵了，每天轰隆隆的，严重影响我们的休息！请有关部门尽快处理！");
		assertThat(again.searchTerms(DuplicateTerms.INDEXED)).isEqualTo(NEIGHBOUR_A.searchTerms(DuplicateTerms.INDEXED));
	}

	@Test
	void aNeighboursAppealIsFoundByTheTellingWords() {
		List<String> indexed = NEIGHBOUR_A.searchTerms(DuplicateTerms.INDEXED);
		List<String> searched = NEIGHBOUR_B.searchTerms(DuplicateTerms.SEARCHED);
		// HanLP cuts 搅拌站 and 丽发新城 into 搅拌 and 新城 in both texts alike
		assertThat(indexed).hasSizeLessThanOrEqualTo(DuplicateTerms.INDEXED).contains("搅拌", "新城");
		assertThat(searched).contains("搅拌", "新城");
	}

	@Test
	void keysAreScopedToTheCountyAndToAppealsWithoutOne() {
		DuplicateTerms terms = new DuplicateTerms(Set.of("搅拌站"), Set.of(), Set.of());
		assertThat(DuplicateSearchSql.keys(terms, "520102003000")).containsExactly("520102:搅拌站", ":搅拌站");
		assertThat(DuplicateSearchSql.keys(terms, null)).containsExactly(":搅拌站");
		assertThat(DuplicateSearchSql.keys(terms, "5201")).containsExactly(":搅拌站");
		assertThat(DuplicateSearchSql.county("520102003000")).isEqualTo("520102");
	}

}
