package org.onedoor.network;

import org.junit.jupiter.api.Test;
import org.onedoor.directory.DivisionCode;

import static org.assertj.core.api.Assertions.assertThat;

class NearnessTests {

	static final DivisionCode JINIANTA = new DivisionCode("520102016001");

	@Test
	void sameDivisionFirstThenEachLevelUp() {
		assertThat(Nearness.distance(JINIANTA, JINIANTA)).isZero();
		assertThat(Nearness.distance(JINIANTA, new DivisionCode("520102016000"))).isEqualTo(2);
		assertThat(Nearness.distance(JINIANTA, new DivisionCode("520102000000"))).isEqualTo(3);
		assertThat(Nearness.distance(JINIANTA, new DivisionCode("520100000000"))).isEqualTo(4);
		assertThat(Nearness.distance(JINIANTA, new DivisionCode("520000000000"))).isEqualTo(5);
	}

	@Test
	void aVillageOfTheChosenTownshipComesRightAfterTheTownshipItself() {
		DivisionCode township = new DivisionCode("520102016000");
		assertThat(Nearness.distance(township, JINIANTA)).isEqualTo(1);
		assertThat(Nearness.distance(township, new DivisionCode("520102000000"))).isEqualTo(2);
	}

	@Test
	void aNeighbourIsNotNear() {
		assertThat(Nearness.distance(JINIANTA, new DivisionCode("520102016002"))).isEqualTo(-1);
		assertThat(Nearness.distance(JINIANTA, new DivisionCode("520123000000"))).isEqualTo(-1);
	}

}
