package org.onedoor.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the dirty cells, a batch per transaction. Nodes claim cells with
 * {@code for update skip locked}, so two nodes never recompute the same cell at once, and a cell
 * marked again while it is being recomputed waits for the claim and is recomputed once more.
 * Volume cells are claimed one per transaction: registering an appeal marks one inside the
 * intake's own transaction, so a claimed volume cell holds intake for as long as it is claimed.
 */
@Component
class CellRefresher {

	private static final Logger log = LoggerFactory.getLogger(CellRefresher.class);

	private static final int BATCH = 200;

	private static final String RANGE = "%1$s >= :from and %1$s < :to";

	record Cell(String kind, long unitId, LocalDate day) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	CellRefresher(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onedoor.disclosure.refresh-every:PT1M}",
			initialDelayString = "${onedoor.disclosure.refresh-delay:PT20S}")
	void run() {
		try {
			int done = refreshAll();
			if (done > 0) {
				log.info("Disclosure: {} figure cells recomputed", done);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Disclosure refresh failed, the next run retries: {}", ex.getMessage());
		}
	}

	/** Recomputes dirty cells until none is left (or only ones other nodes hold); returns how many. */
	int refreshAll() {
		return refreshAll("U", BATCH) + refreshAll("V", 1);
	}

	private int refreshAll(String kind, int batch) {
		int total = 0;
		while (true) {
			Integer done = tx.execute(status -> refreshBatch(kind, batch));
			if (done == null || done == 0) {
				return total;
			}
			total += done;
		}
	}

	/**
	 * Claims by deleting, before recomputing: a mark made meanwhile then finds a row being deleted
	 * and waits for this transaction, and its new row is recomputed next time. Claimed by a row
	 * lock alone, the row still looked alive, the mark was skipped as already there, and the row
	 * was deleted after a recomputation that had not seen the marking appeal.
	 */
	static final String CLAIM = """
			delete from disclosure.dirty_cell where (kind, unit_id, day) in (
			  select kind, unit_id, day from disclosure.dirty_cell where kind = ? order by day, unit_id
			  limit ? for update skip locked)
			returning kind, unit_id, day""";

	private int refreshBatch(String kind, int batch) {
		List<Cell> cells = jdbc.sql(CLAIM)
			.params(kind, batch)
			.query((rs, n) -> new Cell(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
			.list()
			.stream()
			.sorted(Comparator.comparing(Cell::day).thenComparingLong(Cell::unitId))
			.toList();
		Timestamp now = Timestamp.from(clock.instant());
		cells.forEach(cell -> recompute(cell, now));
		return cells.size();
	}

	private void recompute(Cell cell, Timestamp now) {
		Timestamp from = Timestamp.from(cell.day().atStartOfDay(CellMarks.CHINA).toInstant());
		Timestamp to = Timestamp.from(cell.day().plusDays(1).atStartOfDay(CellMarks.CHINA).toInstant());
		if ("U".equals(cell.kind())) {
			jdbc.sql("delete from disclosure.unit_day where unit_id = ? and day = ?").params(cell.unitId(), cell.day()).update();
			jdbc.sql("insert into disclosure.unit_day (unit_id, day, " + FigureSql.MEASURES + ", refreshed_at) "
					+ "select *, :now from (" + FigureSql.unitMeasures(RANGE, "%s = :unit") + ") r where day = :day")
				.param("from", from).param("to", to).param("unit", cell.unitId()).param("day", cell.day())
				.param("now", now)
				.update();
		}
		else {
			jdbc.sql("delete from disclosure.volume_day where day = ?").param(cell.day()).update();
			jdbc.sql("insert into disclosure.volume_day (day, channel, category, district, received, rated, satisfied, "
					+ "refreshed_at) select *, :now from (" + FigureSql.volume(RANGE) + ") r where day = :day")
				.param("from", from).param("to", to).param("day", cell.day()).param("now", now)
				.update();
			jdbc.sql("delete from disclosure.channel_day where day = ?").param(cell.day()).update();
			jdbc.sql(FigureSql.CHANNEL_DAYS.formatted("day = ?")).param(cell.day()).update();
		}
	}

}
