package org.onedoor.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo units other modules' seeds rely on by code. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoUnitsTests {

	@Autowired
	Directory directory;

	@Autowired
	UnitRepository units;

	@Test
	void theCodesOtherSeedsUseExist() {
		assertThat(directory.findUnitByCode("GZ-SFT")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("贵州省司法厅"));
		assertThat(directory.findUnitByCode("GY-12345")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("贵阳市12345热线服务中心"));
		assertThat(directory.findUnitByCode("GY-CGJ")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("贵阳市城市管理局"));
		assertThat(directory.findUnitByCode("NM-ZJJ")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("南明区住房和城乡建设局"));
		assertThat(directory.findUnitByCode("GY-XFJ")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("贵阳市信访局"));
		assertThat(directory.findUnitByCode("XW-LC-ZX")).hasValueSatisfying(u -> assertThat(u.divisionCode()).isEqualTo("520123001000"));
		assertThat(directory.findUnitByCode("XW-LC-XZ")).hasValueSatisfying(u -> assertThat(u.divisionCode()).isEqualTo("520123001201"));
	}

	@Test
	void unitNamesComeInOneAnswerAndUnknownIdsAreLeftOut() {
		long cgj = directory.findUnitByCode("GY-CGJ").orElseThrow().id();
		long zjj = directory.findUnitByCode("NM-ZJJ").orElseThrow().id();
		assertThat(directory.unitNames(List.of(cgj, zjj, -1L)))
			.containsExactlyInAnyOrderEntriesOf(java.util.Map.of(cgj, "贵阳市城市管理局", zjj, "南明区住房和城乡建设局"));
		assertThat(directory.unitNames(List.of())).isEmpty();
	}

	@Test
	void supervisionEscalatesUpTheChain() {
		long village = directory.findUnitByCode("XW-LC-XZ").orElseThrow().id();
		assertThat(directory.supervisionChain(village)).extracting(Unit::code)
			.containsExactly("XW-LC-ZX", "XW-ZF", "GY-ZF", "GZ-ZF");
		long top = directory.findUnitByCode("GZ-ZF").orElseThrow().id();
		assertThat(directory.supervisionChain(top)).isEmpty();
	}

	@Test
	void everyDemoUnitStandsWhereItsKindBelongsAndSaysWhatItDoes() {
		List<UnitProfile> all = units.find(new UnitCriteria(null, null, null, false), 1000);
		List<UnitProfile> demo = all.stream().filter(u -> !u.code().startsWith("T-")).toList();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(62);
		for (UnitProfile unit : demo) {
			DivisionCode parentDivision = unit.parentId() == null ? null
					: new DivisionCode(units.profile(unit.parentId()).orElseThrow().divisionCode());
			assertThat(UnitPlacement.problem(unit.kind(), new DivisionCode(unit.divisionCode()), parentDivision))
				.as(unit.code())
				.isEmpty();
			assertThat(unit.duties()).as(unit.code()).isNotBlank();
			assertThat(unit.phone()).as(unit.code()).isNotBlank();
		}
		assertThat(directory.unitsAt("520123000000")).extracting(Unit::code).contains("XW-ZF", "XW-ZJJ");
		assertThat(directory.findUnitsByName("便民服务中心", 50)).hasSizeGreaterThanOrEqualTo(16);
	}

}
