package org.onedoor.oversight;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.oversight.StageClocks.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes on one database sweep at the same moment: every warning still goes out once. */
class ExactlyOnceTests extends OversightTestSupport {

	@Test
	void twoNodesSweepingTogetherSendEachWarningOnce() throws Exception {
		long cgj = unit("GY-CGJ");
		long handler = account("handler");
		List<Long> ids = new ArrayList<>();
		for (long id = 9_200_001; id <= 9_200_060; id++) {
			clocks.start(id, TrackingNumber.next(YearMonth.of(2026, 4)).value(), Stage.REPLY, cgj, handler,
					at("2026-04-07T09:00:00"), at("2026-04-14T17:30:00"));
			ids.add(id);
		}
		Instant afterSixtyPercent = at("2026-04-13T09:00:00");
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> fired = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				fired.add(nodes.submit(() -> {
					together.await();
					return sweep.sweep(afterSixtyPercent);
				}));
			}
			int total = 0;
			for (Future<Integer> each : fired) {
				total += each.get();
			}
			int ours = 0;
			for (long id : ids) {
				assertThat(notices(id, "WARNING")).containsExactly("handler", "head");
				assertThat(alertStates(id)).containsExactly("1:60:SENT", "1:80:PENDING", "1:100:PENDING");
				ours++;
			}
			assertThat(ours).isEqualTo(60);
			assertThat(total).isGreaterThanOrEqualTo(60);
		}
		finally {
			nodes.shutdownNow();
		}
	}

}
