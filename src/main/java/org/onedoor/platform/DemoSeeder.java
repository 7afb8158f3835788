package org.onedoor.platform;

import java.util.Comparator;
import java.util.List;

import org.onedoor.shared.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each module's demo seed once per database. A transaction-scoped advisory lock keeps two
 * nodes starting together from seeding twice; each seed commits together with its record.
 */
@Component
class DemoSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private static final long LOCK_KEY = 0x0D00_DE40L;

	private final DemoMode mode;

	private final List<DemoSeed> seeds;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoSeeder(DemoMode mode, List<DemoSeed> seeds, JdbcClient jdbc, TransactionTemplate transactions) {
		this.mode = mode;
		this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.enabled()) {
			return;
		}
		for (DemoSeed seed : seeds) {
			transactions.executeWithoutResult(status -> runOnce(seed));
		}
		// scripts (bench/run.sh) wait for this line: the app answers before the demo data is in
		log.info("Demo data ready");
	}

	private void runOnce(DemoSeed seed) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
		boolean done = jdbc.sql("select count(*) from platform.demo_seed where name = ?")
			.param(seed.name())
			.query(Long.class)
			.single() > 0;
		if (done) {
			return;
		}
		log.info("Loading demo data: {}", seed.name());
		seed.seed();
		jdbc.sql("insert into platform.demo_seed(name) values (?)").param(seed.name()).update();
	}

}
