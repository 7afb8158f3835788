package org.onedoor.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.catalogue.ItemDraft.Fee;
import org.onedoor.catalogue.ItemDraft.LegalBasis;
import org.onedoor.catalogue.ItemDraft.MaterialDraft;
import org.onedoor.catalogue.ItemDraft.StepDraft;
import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes an item storable, and the legal-basis flag; pure. */
class ItemRulesTests {

	static MaterialDraft material(String code, String basis) {
		return new MaterialDraft(code, "申请表" + code, "ORIGINAL", true, null, "申请人自备", 1, "签名", basis, "");
	}

	static StepDraft step(String name, String role, int days, String basis) {
		return new StepDraft(name, role, null, days, basis);
	}

	static ItemDraft valid() {
		return new ItemDraft("520000-000999001000", "000999001000", "测试许可", "ADMINISTRATIVE_LICENCE", "GZ-SFT",
				"PROVINCE", "说明", "条件", List.of(new LegalBasis("《中华人民共和国行政许可法》", "第二十九条", "")), 20, 10,
				List.of(), "贵州省政务服务中心", "周一至周五", "0851-86826300", "12345", true, 0, "PROVINCE",
				List.of("WORK"), List.of(material("M01", "《行政许可法》第三十一条")),
				List.of(step("受理", "WINDOW_CLERK", 1, "《行政许可法》第三十二条"), step("审查", "UNIT_HANDLER", 6, "《行政许可法》第三十四条"),
						step("决定", "UNIT_HEAD", 3, "《行政许可法》第三十七条")));
	}

	static List<String> keys(ItemDraft draft) {
		return ItemRules.problems(draft).stream().map(InvalidInputException::messageKey).toList();
	}

	@Test
	void aCompleteItemHasNoProblems() {
		assertThat(ItemRules.problems(valid())).isEmpty();
	}

	@Test
	void promisedLimitCannotExceedTheStatutoryOne() {
		ItemDraft d = valid();
		ItemDraft late = new ItemDraft(d.code(), d.basicCode(), d.name(), d.kind(), d.unitCode(), d.level(), d.summary(),
				d.conditions(), d.bases(), 10, 12, d.fees(), d.place(), d.hours(), d.consultPhone(), d.complaintPhone(),
				d.online(), d.visitsInPerson(), d.scope(), d.lifeEvents(), d.materials(), d.steps());
		assertThat(keys(late)).contains("catalogue.invalid.promisedDays");
	}

	@Test
	void stepsMayNotTakeLongerThanPromised() {
		List<StepDraft> steps = new ArrayList<>(valid().steps());
		steps.add(step("送达", "WINDOW_CLERK", 1, "《行政许可法》第四十四条"));
		assertThat(keys(valid().withSteps(steps))).containsExactly("catalogue.invalid.stepsLonger");
		assertThat(ItemRules.problems(valid().withSteps(steps)).get(0).arguments()).containsExactly(11, 10);
	}

	@Test
	void stepsAreDoneByStaffAndAnItemHasAtLeastOne() {
		assertThat(keys(valid().withSteps(List.of(step("受理", "CITIZEN", 1, "x"))))).contains("catalogue.invalid.stepRole");
		assertThat(keys(valid().withSteps(List.of()))).contains("catalogue.invalid.noSteps");
	}

	@Test
	void materialsHaveUniqueCodesAFormAndASource() {
		assertThat(keys(valid().withMaterials(List.of(material("M01", "x"), material("M01", "y")))))
			.contains("catalogue.invalid.materialCode");
		MaterialDraft noSource = new MaterialDraft("M01", "证明", "COPY", true, null, "", 1, "", "x", "");
		assertThat(keys(valid().withMaterials(List.of(noSource)))).contains("catalogue.invalid.source");
		MaterialDraft badForm = new MaterialDraft("M01", "证明", "PHOTO", true, null, "单位", 1, "", "x", "");
		assertThat(keys(valid().withMaterials(List.of(badForm)))).contains("catalogue.invalid.materialForm");
	}

	@Test
	void aConditionalMaterialSaysWhenItIsNeeded() {
		MaterialDraft vague = new MaterialDraft("M02", "户口簿", "ORIGINAL", false, " ", "派出所", 0, "", "x", "");
		assertThat(keys(valid().withMaterials(List.of(vague)))).contains("catalogue.invalid.condition");
	}

	@Test
	void aFeeNeedsItsChargingBasis() {
		ItemDraft d = valid();
		ItemDraft charged = new ItemDraft(d.code(), d.basicCode(), d.name(), d.kind(), d.unitCode(), d.level(),
				d.summary(), d.conditions(), d.bases(), 20, 10, List.of(new Fee("工本费", new BigDecimal("20"), "")),
				d.place(), d.hours(), d.consultPhone(), d.complaintPhone(), d.online(), d.visitsInPerson(), d.scope(),
				d.lifeEvents(), d.materials(), d.steps());
		assertThat(keys(charged)).contains("catalogue.invalid.fee");
		assertThat(charged.free()).isFalse();
		assertThat(d.free()).isTrue();
	}

	@Test
	void anItemNeedsALegalBasisAndKnownKindLevelAndEvents() {
		ItemDraft d = valid();
		ItemDraft bare = new ItemDraft("bad code", d.basicCode(), "", "LICENCE", d.unitCode(), "STATE", d.summary(), "",
				List.of(), 20, 10, d.fees(), d.place(), d.hours(), d.consultPhone(), d.complaintPhone(), d.online(), 12,
				"GALAXY", List.of("HOLIDAY"), d.materials(), d.steps());
		assertThat(keys(bare)).contains("catalogue.invalid.code", "catalogue.invalid.name", "catalogue.invalid.kind",
				"catalogue.invalid.level", "catalogue.invalid.scope", "catalogue.invalid.conditions",
				"catalogue.invalid.bases", "catalogue.invalid.visits", "catalogue.invalid.lifeEvent");
	}

	@Test
	void whatLacksALegalBasisIsListedStepsFirst() {
		ItemDraft d = valid().withMaterials(List.of(material("M01", "x"), material("M02", " ")))
			.withSteps(List.of(step("受理", "WINDOW_CLERK", 1, ""), step("决定", "UNIT_HEAD", 1, "x")));
		assertThat(LegalBasisCheck.missing(d)).containsExactly("受理", "申请表M02");
		assertThat(LegalBasisCheck.missing(valid())).isEmpty();
	}

}
