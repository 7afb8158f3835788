package org.onedoor.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.catalogue.ServiceItem.ApprovalStep;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What other modules rely on: published demo items with materials and approval steps in order. */
class CatalogueFacadeTests extends CatalogueTestSupport {

	@Autowired
	Catalogue catalogue;

	@Test
	void lawyerLicenceIsPublishedWithItsMaterialsAndSteps() {
		ServiceItem item = catalogue.item(LAWYER).orElseThrow();
		assertThat(item.name()).isEqualTo("律师执业许可");
		assertThat(item.unitCode()).isEqualTo("GZ-SFT");
		assertThat(item.kind()).isEqualTo("ADMINISTRATIVE_LICENCE");
		assertThat(item.promisedDays()).isEqualTo(10);
		assertThat(item.statutoryDays()).isEqualTo(20);
		assertThat(item.materials()).extracting(ServiceItem.RequiredMaterial::code)
			.containsExactly("M01", "M02", "M03", "M04", "M05");
		List<ApprovalStep> steps = item.steps();
		assertThat(steps).extracting(ApprovalStep::role)
			.containsExactly("WINDOW_CLERK", "UNIT_HANDLER", "UNIT_HEAD", "WINDOW_CLERK");
		assertThat(steps).extracting(ApprovalStep::position).containsExactly(1, 2, 3, 4);
		assertThat(steps.stream().mapToInt(ApprovalStep::workingDays).sum()).isLessThanOrEqualTo(item.promisedDays());
	}

	@Test
	void unknownCodeIsEmpty() {
		assertThat(catalogue.item("520000-NOSUCHITEM")).isEmpty();
	}

}
