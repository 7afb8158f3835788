package org.onedoor.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: both refreshers run at once and every dirty cell is recomputed
 * once; both publishers run at once and each week is published by exactly one of them, oldest
 * first, the same list of missed weeks after downtime.
 */
class ExactlyOnceTests extends DisclosureTestSupport {

	@Autowired
	WeeklyPublisher publisher;

	@Autowired
	CellMarks marks;

	@Test
	void twoRefreshersShareTheDirtyCellsAndLeaveNone() throws Exception {
		long cgj = unitId("GY-CGJ");
		LocalDate first = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < 400; i++) {
			marks.mark("U", cgj, first.plusDays(i));
		}
		List<Integer> done = both(() -> refresher.refreshAll());
		assertThat(done.get(0) + done.get(1)).isGreaterThanOrEqualTo(400);
		assertThat(jdbc.sql("select count(*) from disclosure.dirty_cell").query(Integer.class).single()).isZero();
	}

	@Test
	void twoPublishersPublishEachMissedWeekOnce() throws Exception {
		// both nodes were down over the same weeks and find the same weeks due (the rule itself: DisclosureRulesTests)
		clock.set("2024-10-29T09:00:00");
		List<IsoWeek> due = List.of(IsoWeek.parse("2024-W40"), IsoWeek.parse("2024-W41"), IsoWeek.parse("2024-W42"),
				IsoWeek.parse("2024-W43"));
		List<List<IsoWeek>> runs = both(() -> publisher.publish(due));
		List<String> all = new java.util.ArrayList<>();
		runs.forEach(r -> r.forEach(w -> all.add(w.toString())));
		assertThat(all).containsExactlyInAnyOrder("2024-W40", "2024-W41", "2024-W42", "2024-W43");
		assertThat(publishedSince("2024-W39")).extracting(IsoWeek::toString)
			.containsExactly("2024-W40", "2024-W41", "2024-W42", "2024-W43");
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'disclosure.published' and subject_id like '2024-W4%'")
			.query(Integer.class).single()).isEqualTo(4);
	}

	private List<IsoWeek> publishedSince(String week) {
		return jdbc.sql("select week from disclosure.published_week where week >= ? and week < '2024-W99' order by week")
			.param(week).query(String.class).list().stream().map(IsoWeek::parse).toList();
	}

	private static <T> List<T> both(Callable<T> node) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<T> a = pool.submit(node);
			Future<T> b = pool.submit(node);
			return List.of(a.get(), b.get());
		}
		finally {
			pool.shutdown();
		}
	}

}
