package org.onedoor.identity;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.ResidentIdNumber;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void masksTheMiddleOfAMobileNumber() {
		assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.mobile(" 13812345678 ")).isEqualTo("138****5678");
	}

	@Test
	void masksTheBirthDateAndSequenceOfAnIdNumberAsTheNumberItselfDoes() {
		assertThat(Masking.idNumber(" 52010219650312402x ")).isEqualTo("520102********402X")
			.isEqualTo(ResidentIdNumber.parse("52010219650312402X").orElseThrow().masked());
	}

	@Test
	void keepsOnlyTheFirstCharacterOfAChineseName() {
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(Masking.name("张")).isEqualTo("张*");
		assertThat(Masking.name("Wang Fang")).isEqualTo("W*** F***");
	}

	@Test
	void hidesValuesOfAnUnexpectedShapeCompletely() {
		assertThat(Masking.mobile("12345")).isEqualTo("****");
		assertThat(Masking.idNumber("not an id")).isEqualTo("****");
		assertThat(Masking.idNumber("52010219800101123X")).as("wrong check character").isEqualTo("****");
		assertThat(Masking.idNumber("520102800101123")).as("15-digit first-generation number").isEqualTo("****");
		assertThat(Masking.idNumber(null)).isEmpty();
		assertThat(Masking.mobile(null)).isEmpty();
		assertThat(Masking.name(" ")).isEmpty();
	}

}
