package org.onedoor.applications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 统一社会信用代码 check characters (GB 32100-2015). */
class CreditCodeTests {

	@Test
	void acceptsPublishedCodes() {
		// the standard's own example, and a Guizhou-shaped code checked independently
		assertThat(CreditCode.parse("91350100M000100Y43")).isPresent();
		assertThat(CreditCode.parse("91520100MA6DJ2XK1H")).isPresent();
		assertThat(CreditCode.parse("91330100799655058B")).isPresent();
		assertThat(CreditCode.parse(" 91330100799655058b ")).map(CreditCode::value).contains("91330100799655058B");
	}

	@Test
	void checkCharacterFollowsTheStandard() {
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCode.checkCharacter("91330100799655058")).isEqualTo('B');
	}

	@Test
	void refusesWrongCheckCharactersLettersOutsideTheAlphabetAndWrongLengths() {
		assertThat(CreditCode.parse("91350100M000100Y44")).isEmpty();
		assertThat(CreditCode.parse("91330100799655058I")).isEmpty();
		assertThat(CreditCode.parse("9152000021560323")).isEmpty();
		assertThat(CreditCode.parse("91AB00002156032346")).isEmpty();
		assertThat(CreditCode.parse(null)).isEmpty();
	}

}
