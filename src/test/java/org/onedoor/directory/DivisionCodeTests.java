package org.onedoor.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionCodeTests {

	private static DivisionCode code(String value) {
		return new DivisionCode(value);
	}

	@Test
	void shortStatisticalCodesArePaddedToTwelveDigits() {
		assertThat(DivisionCode.fromShort("52").value()).isEqualTo("520000000000");
		assertThat(DivisionCode.fromShort("5201").value()).isEqualTo("520100000000");
		assertThat(DivisionCode.fromShort("520102").value()).isEqualTo("520102000000");
		assertThat(DivisionCode.fromShort("520102016").value()).isEqualTo("520102016000");
		assertThat(DivisionCode.fromShort("520102016001").value()).isEqualTo("520102016001");
	}

	@Test
	void levelFollowsFromTheTrailingZeroGroups() {
		assertThat(code("520000000000").level()).isEqualTo(DivisionLevel.PROVINCE);
		assertThat(code("520100000000").level()).isEqualTo(DivisionLevel.CITY);
		assertThat(code("110100000000").level()).isEqualTo(DivisionLevel.CITY);
		assertThat(code("520102000000").level()).isEqualTo(DivisionLevel.COUNTY);
		assertThat(code("520102016000").level()).isEqualTo(DivisionLevel.TOWNSHIP);
		assertThat(code("520102016001").level()).isEqualTo(DivisionLevel.VILLAGE);
		assertThat(code("520123001200").level()).isEqualTo(DivisionLevel.VILLAGE);
	}

	@Test
	void parentAndAncestorsWalkUpTheLevels() {
		assertThat(code("520000000000").parent()).isEmpty();
		assertThat(code("520102016001").parent()).contains(code("520102016000"));
		assertThat(code("520102016000").parent()).contains(code("520102000000"));
		assertThat(code("520102016001").ancestors()).containsExactly(code("520000000000"), code("520100000000"),
				code("520102000000"), code("520102016000"));
		assertThat(code("520000000000").ancestors()).isEmpty();
		assertThat(code("520102000000").significant()).isEqualTo("520102");
	}

	@Test
	void withinIsInclusiveAndNeverCrossesSiblings() {
		DivisionCode nanming = code("520102000000");
		assertThat(code("520102016001").isWithin(nanming)).isTrue();
		assertThat(nanming.isWithin(nanming)).isTrue();
		assertThat(nanming.isWithin(code("520000000000"))).isTrue();
		assertThat(code("520103000000").isWithin(nanming)).isFalse();
		assertThat(code("520000000000").isWithin(nanming)).isFalse();
		// 5201 is 贵阳市; 520123 (修文县) is inside it, 520201 (六盘水市钟山区) is not
		assertThat(code("520123000000").isWithin(code("520100000000"))).isTrue();
		assertThat(code("520201000000").isWithin(code("520100000000"))).isFalse();
	}

	@Test
	void onlyTwelveAsciiDigitsAreACode() {
		for (String bad : List.of("52010200000", "5201020000001", "52010200000a", "５２０１０２０００００", "000000000000",
				"")) {
			assertThat(DivisionCode.isValid(bad)).as(bad).isFalse();
		}
		assertThat(DivisionCode.isValid(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> code("5201"));
	}

	@Test
	void parsingNamesTheParameterThatWasWrong() {
		assertThatThrownBy(() -> DivisionCode.parse("division", "52ab")).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.parameter()).isEqualTo("division"));
		assertThat(DivisionCode.parse("code", " 520102000000 ")).isEqualTo(code("520102000000"));
	}

	@Test
	void prefixRangeCoversEveryCodeStartingWithTheDigits() {
		assertThat(DivisionCode.prefixRange("5201")).containsExactly("520100000000", "520199999999");
		assertThat(DivisionCode.prefixRange("520102016001")).containsExactly("520102016001", "520102016001");
		assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.prefixRange("52a"));
		assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.prefixRange("5201020160011"));
	}

}
