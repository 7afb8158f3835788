package org.onedoor.directory;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The loaded reference data against the counts the National Bureau of Statistics publishes. */
@SpringBootTest
@AutoConfigureMockMvc
class DivisionReferenceDataTests {

	private static final DivisionCode CHINA_PREFIX_GUIZHOU = new DivisionCode("520000000000");

	@Autowired
	DivisionQueries divisions;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void allOfChinaIsLoadedToTownship() {
		assertThat(countAll(DivisionLevel.PROVINCE)).isEqualTo(31);
		assertThat(countAll(DivisionLevel.CITY)).isEqualTo(342);
		// 2,978 county rows in the source, less 东莞市, 中山市 and 儋州市, which have no counties:
		// their county row repeats the city's code, and their townships belong to the city
		assertThat(countAll(DivisionLevel.COUNTY)).isEqualTo(2_975);
		// 41,352 township rows less 金门县's placeholder 350527000, which repeats the county itself
		assertThat(countAll(DivisionLevel.TOWNSHIP)).isEqualTo(41_351);
		assertThat(countAll(DivisionLevel.VILLAGE)).isEqualTo(17_964);
	}

	@Test
	void guizhouIsLoadedToVillage() {
		assertThat(divisions.count(DivisionLevel.CITY, CHINA_PREFIX_GUIZHOU)).isEqualTo(9);
		assertThat(divisions.count(DivisionLevel.COUNTY, CHINA_PREFIX_GUIZHOU)).isEqualTo(88);
		assertThat(divisions.count(DivisionLevel.TOWNSHIP, CHINA_PREFIX_GUIZHOU)).isEqualTo(1_510);
		assertThat(divisions.count(DivisionLevel.VILLAGE, CHINA_PREFIX_GUIZHOU)).isEqualTo(17_964);
	}

	@Test
	void codesAreTwelveDigitsWithLevelParentAndFullName() {
		assertThat(directory.findDivision("520102016001")).hasValueSatisfying(d -> {
			assertThat(d.name()).isEqualTo("纪念塔社区");
			assertThat(d.level()).isEqualTo(DivisionLevel.VILLAGE);
			assertThat(d.parentCode()).isEqualTo("520102016000");
			assertThat(d.fullName()).isEqualTo("贵州省贵阳市南明区新华路街道纪念塔社区");
		});
		assertThat(directory.findDivision("520000000000")).hasValueSatisfying(d -> {
			assertThat(d.parentCode()).isNull();
			assertThat(d.fullName()).isEqualTo("贵州省");
		});
		long inconsistent = jdbc.sql("""
				select count(*) from directory.division
				where (level = 'PROVINCE') <> (parent_code is null) or code !~ '^[0-9]{12}$'""")
			.query(Long.class)
			.single();
		assertThat(inconsistent).isZero();
	}

	@Test
	void pseudoCitiesKeepTheirCodeButStayOutOfFullNames() {
		assertThat(directory.findDivision("110101000000").orElseThrow().fullName()).isEqualTo("北京市东城区");
		assertThat(directory.findDivision("110101000000").orElseThrow().parentCode()).isEqualTo("110100000000");
		assertThat(directory.findDivision("110100000000").orElseThrow().fullName()).isEqualTo("北京市（市辖区）");
		assertThat(directory.findDivision("500229000000").orElseThrow().fullName()).isEqualTo("重庆市城口县");
		assertThat(directory.findDivision("429004000000").orElseThrow().fullName()).isEqualTo("湖北省仙桃市");
		assertThat(directory.findDivision("441900003000")).hasValueSatisfying(d -> {
			assertThat(d.parentCode()).isEqualTo("441900000000");
			assertThat(d.fullName()).startsWith("广东省东莞市").doesNotContain("东莞市东莞市");
		});
		long doubled = jdbc.sql("select count(*) from directory.division where full_name like '%市辖区%' and level <> 'CITY'")
			.query(Long.class)
			.single();
		assertThat(doubled).isZero();
	}

	@Test
	void childrenAndAncestorsFollowTheHierarchy() {
		assertThat(directory.children("520000000000")).hasSize(9).first().satisfies(d -> assertThat(d.name()).isEqualTo("贵阳市"));
		assertThat(directory.ancestors("520102016001")).extracting(Division::name)
			.containsExactly("贵州省", "贵阳市", "南明区", "新华路街道");
		assertThat(directory.isWithin("520123001201", "520100000000")).isTrue();
		assertThat(directory.isWithin("520201000000", "520100000000")).isFalse();
	}

	@Test
	void searchFindsNamePartsAndCodePrefixesHigherLevelsFirst() {
		DivisionPage nanming = directory.searchDivisions("南明", null, 0, 10);
		assertThat(nanming.items()).first().satisfies(d -> assertThat(d.code()).isEqualTo("520102000000"));
		DivisionPage huaguoyuan = directory.searchDivisions("花果园", null, 0, 10);
		assertThat(huaguoyuan.items()).extracting(Division::fullName).contains("贵州省贵阳市南明区花果园街道");
		DivisionPage xiuwenTownships = directory.searchDivisions("520123", DivisionLevel.TOWNSHIP, 0, 5);
		assertThat(xiuwenTownships.total()).isEqualTo(12);
		assertThat(xiuwenTownships.items()).hasSize(5);
		assertThat(xiuwenTownships.hasNext()).isTrue();
		assertThat(directory.searchDivisions("100%", null, 0, 10).total()).isZero();
		assertThat(directory.searchDivisions("5201020160011", null, 0, 10).total()).isZero();
	}

	@Test
	void nameSearchUsesAnIndexForTwoCharactersAndMore() {
		String plan = String.join("\n", jdbc.sql("""
				explain select code from directory.division where name like '%花果园%'""").query(String.class).list());
		assertThat(plan).contains("division_name_trgm_idx");
		String twoCharacters = String.join("\n", jdbc.sql("""
				explain select code from directory.division
				where name like '%南明%' and directory.name_bigrams(name) @> directory.name_bigrams('南明')""")
			.query(String.class)
			.list());
		assertThat(twoCharacters).contains("division_name_bigram_idx");
	}

	private long countAll(DivisionLevel level) {
		return jdbc.sql("select count(*) from directory.division where level = ?")
			.param(level.name())
			.query(Long.class)
			.single();
	}

}
