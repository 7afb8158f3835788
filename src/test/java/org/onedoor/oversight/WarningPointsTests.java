package org.onedoor.oversight;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WarningPointsTests {

	@Test
	void pointsAreSortedAndTheDeadlineIsAlwaysOne() {
		assertThat(new WarningPoints(List.of(80, 60, 60)).percents()).containsExactly(60, 80, 100);
	}

	@Test
	void pointsFallAtTheirShareOfTheAllowedTime() {
		Instant start = Instant.parse("2026-03-13T01:00:00Z");
		Instant deadline = Instant.parse("2026-03-13T11:00:00Z");
		List<WarningPoints.Point> points = new WarningPoints(List.of(60, 80)).between(start, deadline,
				WarningPoints.TimeLine.WALL);
		assertThat(points).extracting(WarningPoints.Point::dueAt)
			.containsExactly(Instant.parse("2026-03-13T07:00:00Z"), Instant.parse("2026-03-13T09:00:00Z"), deadline);
		assertThat(points.get(2).overdue()).isTrue();
	}

	@Test
	void aDeadlineAlreadyPassedAtTheStartPutsEveryPointOnIt() {
		Instant start = Instant.parse("2026-03-13T05:00:00Z");
		Instant deadline = Instant.parse("2026-03-13T04:00:00Z");
		assertThat(new WarningPoints(List.of(60)).between(start, deadline, WarningPoints.TimeLine.WALL))
			.extracting(WarningPoints.Point::dueAt)
			.containsOnly(deadline);
	}

	@Test
	void pointsMustBeBetweenOneAndNinetyNinePercent() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WarningPoints(List.of(0)));
		assertThatIllegalArgumentException().isThrownBy(() -> new WarningPoints(List.of(100)));
	}

}
