package org.onedoor.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onedoor.catalogue.DemoItems.DemoItem;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalogue is valid data of Guizhou's shape, checked without Spring. */
class DemoItemsTests {

	static final List<DemoItem> DEMO = DemoItems.load("catalogue/demo/items.yml");

	@Test
	void everyDemoItemPassesTheRules() {
		for (DemoItem demo : DEMO) {
			assertThat(ItemRules.problems(demo.draft())).as(demo.draft().name()).isEmpty();
		}
	}

	@Test
	void atLeastThirtyItemsWithUniqueCodesAndUnderSevenMaterialsOnAverage() {
		assertThat(DEMO).hasSizeGreaterThanOrEqualTo(30);
		Set<String> codes = DEMO.stream().map(d -> d.draft().code()).collect(Collectors.toSet());
		assertThat(codes).hasSameSizeAs(DEMO);
		double average = DEMO.stream().mapToInt(d -> d.draft().materials().size()).average().orElseThrow();
		assertThat(average).isLessThan(7);
	}

	@Test
	void stepsRunFromTheWindowThroughTheHandlerToTheHead() {
		for (DemoItem demo : DEMO) {
			List<String> roles = demo.draft().steps().stream().map(ItemDraft.StepDraft::role).toList();
			assertThat(roles).as(demo.draft().name()).startsWith("WINDOW_CLERK").contains("UNIT_HANDLER", "UNIT_HEAD");
			assertThat(roles.size()).as(demo.draft().name()).isBetween(3, 4);
		}
	}

	@Test
	void exactlyTheTenancyItemAsksForSomethingWithoutALegalBasis() {
		List<String> flagged = DEMO.stream().filter(d -> !LegalBasisCheck.missing(d.draft()).isEmpty())
			.map(d -> d.draft().name()).toList();
		assertThat(flagged).containsExactly("公共租赁住房保障资格申请");
	}

	@Test
	void everyLifeEventOfTheBriefHasItems() {
		Set<String> events = DEMO.stream().flatMap(d -> d.draft().lifeEvents().stream()).collect(Collectors.toSet());
		assertThat(events).contains("BIRTH", "SCHOOL", "WORK", "MARRIAGE", "BUSINESS", "RETIREMENT", "MEDICAL", "HOUSING",
				"DEATH");
	}

}
