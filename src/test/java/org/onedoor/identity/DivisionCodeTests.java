package org.onedoor.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DivisionCodeTests {

	@Test
	void readsTheLevelFromTheTrailingZeros() {
		assertThat(DivisionCode.of("520000000000").significantDigits()).isEqualTo(2);
		assertThat(DivisionCode.of("520100000000").significantDigits()).isEqualTo(4);
		assertThat(DivisionCode.of("520102000000").significantDigits()).isEqualTo(6);
		assertThat(DivisionCode.of("520102001000").significantDigits()).isEqualTo(9);
		assertThat(DivisionCode.of("520102001001").significantDigits()).isEqualTo(12);
	}

	@Test
	void aProvinceContainsEverythingInsideIt() {
		DivisionCode guizhou = DivisionCode.of("520000000000");
		assertThat(guizhou.contains("520000000000")).isTrue();
		assertThat(guizhou.contains("520102001001")).isTrue();
		assertThat(guizhou.contains("510100000000")).isFalse();
	}

	@Test
	void aCityDoesNotContainItsNeighbourOrItsProvince() {
		DivisionCode guiyang = DivisionCode.of("520100000000");
		assertThat(guiyang.contains("520102000000")).isTrue();
		assertThat(guiyang.contains("520300000000")).isFalse();
		assertThat(guiyang.contains("520000000000")).isFalse();
	}

	@Test
	void aTownshipUsesNineDigits() {
		DivisionCode township = DivisionCode.of("520102001000");
		assertThat(township.contains("520102001007")).isTrue();
		assertThat(township.contains("520102002007")).isFalse();
	}

	@Test
	void refusesWhatIsNotADivisionCode() {
		assertThat(DivisionCode.isValid("52010200000")).isFalse();
		assertThat(DivisionCode.isValid("000000000000")).isFalse();
		assertThat(DivisionCode.isValid("52010200000x")).isFalse();
		assertThat(DivisionCode.isValid(null)).isFalse();
		assertThat(DivisionCode.of("520100000000").contains("garbage")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.of("12"));
	}

}
