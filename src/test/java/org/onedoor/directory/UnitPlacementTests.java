package org.onedoor.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitPlacementTests {

	private static final DivisionCode GUIYANG = new DivisionCode("520100000000");

	private static final DivisionCode NANMING = new DivisionCode("520102000000");

	private static final DivisionCode HUAGUOYUAN = new DivisionCode("520102031000");

	private static final DivisionCode HUAZHONG = new DivisionCode("520102031004");

	@Test
	void eachKindBelongsToItsLevel() {
		assertThat(UnitPlacement.problem(UnitKind.TOWNSHIP_SERVICE_CENTRE, HUAGUOYUAN, NANMING)).isEmpty();
		assertThat(UnitPlacement.problem(UnitKind.VILLAGE_SERVICE_POINT, HUAZHONG, HUAGUOYUAN)).isEmpty();
		assertThat(UnitPlacement.problem(UnitKind.DEPARTMENT, NANMING, GUIYANG)).isEmpty();
		assertThat(UnitPlacement.problem(UnitKind.HOTLINE_CENTRE, GUIYANG, null)).isEmpty();
		assertThat(UnitPlacement.problem(UnitKind.TOWNSHIP_SERVICE_CENTRE, NANMING, null))
			.contains("directory.unit.kind.level");
		assertThat(UnitPlacement.problem(UnitKind.DEPARTMENT, HUAGUOYUAN, null)).contains("directory.unit.kind.level");
		assertThat(UnitPlacement.problem(UnitKind.VILLAGE_SERVICE_POINT, HUAGUOYUAN, null))
			.contains("directory.unit.kind.level");
	}

	@Test
	void supervisionOnlyGoesUpOrSideways() {
		assertThat(UnitPlacement.problem(UnitKind.DEPARTMENT, NANMING, NANMING)).isEmpty();
		assertThat(UnitPlacement.problem(UnitKind.DEPARTMENT, GUIYANG, NANMING)).contains("directory.unit.parent.outside");
		assertThat(UnitPlacement.problem(UnitKind.DEPARTMENT, NANMING, new DivisionCode("520123000000")))
			.contains("directory.unit.parent.outside");
	}

}
