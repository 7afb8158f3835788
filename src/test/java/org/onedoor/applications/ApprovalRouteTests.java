package org.onedoor.applications;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onedoor.applications.ApprovalRoute.Outcome;
import org.onedoor.applications.Satisfaction.Indicator;
import org.onedoor.catalogue.ServiceItem.ApprovalStep;
import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The step engine on an item's steps as data: 受理 → 审查 → 决定, and the 好差评 rule. */
class ApprovalRouteTests {

	private final ApprovalRoute route = new ApprovalRoute(List.of(new ApprovalStep(1, "受理", "WINDOW_CLERK", null, 1),
			new ApprovalStep(2, "审查", "UNIT_HANDLER", null, 10), new ApprovalStep(3, "决定", "UNIT_HEAD", "GZ-SFT", 3),
			new ApprovalStep(4, "制证送达", "WINDOW_CLERK", null, 1)));

	@Test
	void acceptanceDoesTheWindowStepAndApprovalWalksToTheGrant() {
		assertThat(route.afterAcceptance().position()).isEqualTo(2);
		assertThat(route.approve(2).step().role()).isEqualTo("UNIT_HEAD");
		assertThat(route.approve(3).outcome()).isEqualTo(Outcome.GRANTED);
		assertThat(route.approve(3).step()).isNull();
	}

	@Test
	void sendingBackGoesOneStepButNeverBehindTheFirstApprovalStep() {
		assertThat(route.sendBack(3).position()).isEqualTo(2);
		assertThatThrownBy(() -> route.sendBack(2)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("applications.step.firstCannotReturn");
	}

	@Test
	void refusalAtAnyStepEndsInRefusalAndUnknownStepsAreRefused() {
		assertThat(route.refuse(2).outcome()).isEqualTo(Outcome.REFUSED);
		assertThatThrownBy(() -> route.approve(1)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> route.approve(9)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> route.approve(4)).as("delivery is not an approval step")
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void anItemWithNothingToApproveIsGrantedOnAcceptance() {
		assertThat(new ApprovalRoute(List.of(new ApprovalStep(1, "受理", "WINDOW_CLERK", null, 1))).afterAcceptance()
			.outcome()).isEqualTo(Outcome.GRANTED);
	}

	@Test
	void oneBadIndicatorMakesABadReview() {
		Map<Indicator, Integer> good = Map.of(Indicator.GUIDE_CLEAR, 5, Indicator.CONVENIENT, 4, Indicator.ATTITUDE, 3,
				Indicator.TIMELINESS, 5, Indicator.RESULT, 5);
		assertThat(Satisfaction.isBad(5, good)).isFalse();
		assertThat(Satisfaction.isBad(2, good)).isTrue();
		java.util.HashMap<Indicator, Integer> oneBad = new java.util.HashMap<>(good);
		oneBad.put(Indicator.TIMELINESS, 1);
		assertThat(Satisfaction.isBad(4, oneBad)).isTrue();
		assertThatThrownBy(() -> Satisfaction.check(6, good)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Satisfaction.check(5, Map.of())).isInstanceOf(InvalidInputException.class);
	}

}
