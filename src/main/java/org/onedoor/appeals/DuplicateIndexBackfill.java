package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes for duplicate matching the appeals that did not come through intake (demo data, a bulk
 * import of historical appeals), so a new appeal is compared with them too. Only the appeals a
 * search can find are indexed: open ones and those registered within the window. It works in
 * small batches, each in its own transaction, so a million imported appeals neither fill the
 * heap nor hold one long transaction; a batch is skipped by a node while another node indexes.
 */
@Component
class DuplicateIndexBackfill {

	static final int BATCH = 500;

	static final int PASS = 100_000;

	private static final Logger log = LoggerFactory.getLogger(DuplicateIndexBackfill.class);

	private static final String LOCK = "select pg_try_advisory_xact_lock(hashtextextended('appeals.duplicate.backfill', 0))";

	private final JdbcClient jdbc;

	private final DuplicateCheck duplicates;

	private final DuplicateIndex index;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DuplicateIndexBackfill(JdbcClient jdbc, DuplicateCheck duplicates, DuplicateIndex index,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.duplicates = duplicates;
		this.index = index;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Row(long id, String title, String content, Instant at) {
	}

	/** Catches up after a bulk import without anyone having to remember it. */
	@Scheduled(fixedDelayString = "${onedoor.appeals.duplicates.backfill-every:PT10M}", initialDelayString = "PT2M")
	void onSchedule() {
		long started = System.nanoTime();
		int indexed = indexAll();
		if (indexed > 0) {
			log.info("Duplicate index: {} appeals indexed that had not come through intake, in {} s", indexed,
					(System.nanoTime() - started) / 1_000_000_000);
		}
	}

	/** @return how many appeals were indexed */
	int indexAll() {
		int indexed = 0;
		while (true) {
			// at most PASS ids in memory at once, whatever an import brought (800 KB of them)
			List<Long> todo = unindexed(Timestamp.from(clock.instant().minus(index.window())));
			for (int from = 0; from < todo.size(); from += BATCH) {
				Long[] ids = todo.subList(from, Math.min(todo.size(), from + BATCH)).toArray(Long[]::new);
				// null: another node holds the backfill
				Integer done = transactions.execute(status -> {
					if (!Boolean.TRUE.equals(jdbc.sql(LOCK).query(Boolean.class).single())) {
						return null;
					}
					List<Row> rows = batch(ids);
					rows.forEach(row -> duplicates.index(row.id(), row.title(), row.content(), row.at()));
					return rows.size();
				});
				if (done == null) {
					return indexed;
				}
				indexed += done;
			}
			if (todo.size() < PASS) {
				return indexed;
			}
		}
	}

	/**
	 * The appeals a search can find and that have no terms, oldest first. Found through the
	 * registration-time and status indexes: the one scan in id order this replaced read the
	 * whole table, ten million appeals and 25 GB of pages at 10 M, every ten minutes even with
	 * nothing to do (docs/benchmarks.md).
	 */
	private List<Long> unindexed(Timestamp since) {
		String[] open = Arrays.stream(AppealStatus.values()).filter(AppealStatus::isOpen).map(Enum::name)
			.toArray(String[]::new);
		return jdbc.sql("""
				select id from (
				  select id from appeals.appeal where registered_at >= ?
				  union
				  select id from appeals.appeal where status = any(?)
				) findable
				where not exists (select 1 from appeals.duplicate_terms t where t.appeal_id = findable.id)
				order by id limit ?""")
			.params(since, open, PASS)
			.query(Long.class)
			.list();
	}

	/** The batch's appeals still without terms (another node may have indexed some meanwhile). */
	private List<Row> batch(Long[] ids) {
		return jdbc.sql("""
				select a.id, a.title, a.content, a.registered_at from appeals.appeal a
				where a.id = any(?) and not exists (select 1 from appeals.duplicate_terms t where t.appeal_id = a.id)
				order by a.id""")
			.params((Object) ids)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

}
