package org.onedoor.oversight;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.oversight.StageClocks.Stage;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 派单 stage: accepted on Monday 16 March 2026 at 09:00 with two office hours to dispatch;
 * the 12345 centre's dispatchers hear of it at 60% and 80%, and supervision at the deadline.
 */
class DispatchStageTests extends OversightTestSupport {

	@Autowired
	ReceivingCentre centre;

	@Test
	void theCentreServingAPlaceIsTheNearestUnitAboveItWithADispatcher() {
		long centreId = unit("GY-12345");
		String place = directory.findUnit(unit("GY-CGJ")).orElseThrow().divisionCode();
		assertThat(centre.of(place)).contains(centreId);
		assertThat(centre.of(null)).contains(centreId);
	}

	@Test
	void dispatchersAreWarnedAndSupervisionHearsAtTheDeadline() {
		long id = 9_500_001;
		clocks.start(id, TrackingNumber.next(YearMonth.of(2026, 3)).value(), Stage.DISPATCH, unit("GY-12345"), null,
				at("2026-03-16T09:00:00"), at("2026-03-16T11:00:00"));
		assertThat(due(id, 60)).isEqualTo(at("2026-03-16T10:12:00"));
		sweep.sweep(at("2026-03-16T10:13:00"));
		assertThat(notices(id, "WARNING")).containsExactly("dispatcher");
		sweep.sweep(at("2026-03-16T11:01:00"));
		assertThat(notices(id, "OVERDUE")).containsExactly("dispatcher");
		assertThat(notices(id, "ESCALATED")).isNotEmpty();
	}

}
