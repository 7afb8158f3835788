package org.onedoor.catalogue;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.onedoor.shared.cli.BatchCommand;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code catalogue-search-benchmark --url=jdbc:postgresql://127.0.0.1:5432/onedoor_catalogue_bench
 * [--user=postgres] [--items=10000] [--queries=3000] [--fill=false]}: fills a dedicated database with
 * that many items through the real store and index (unless {@code --fill=false} reuses the last
 * fill), then times catalogue searches (the search plus reading
 * the result rows, as the hall and the API do) on one thread and prints p50/p95/p99/max.
 */
public final class CatalogueSearchBenchmark implements BatchCommand {

	@Override
	public String name() {
		return "catalogue-search-benchmark";
	}

	@Override
	public String summary() {
		return "事项搜索基准测试 / catalogue search latency with N items: --url=jdbc:postgresql://…/onedoor_catalogue_bench"
				+ " [--user=postgres] [--password=] [--items=10000] [--queries=3000] [--fill=false]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		String url = options.get("url");
		int items;
		int queries;
		try {
			items = Integer.parseInt(options.getOrDefault("items", "10000"));
			queries = Integer.parseInt(options.getOrDefault("queries", "3000"));
		}
		catch (NumberFormatException ex) {
			err.println("--items 和 --queries 应为整数 / --items and --queries must be whole numbers");
			return 64;
		}
		if (url == null || items < 1 || items > BenchmarkItems.capacity() || queries < 1) {
			err.println("需要 --url，--items 在 1 到 " + BenchmarkItems.capacity() + " 之间 / --url is required, --items 1 to "
					+ BenchmarkItems.capacity());
			return 64;
		}
		// one kept connection, as the server's pool gives; a new connection per query would time the handshake
		SingleConnectionDataSource ds = new SingleConnectionDataSource(url, options.getOrDefault("user", "postgres"),
				options.getOrDefault("password", ""), true);
		// only the catalogue's own migrations, in a database of its own
		Flyway.configure().dataSource(ds).locations("classpath:db/migration/catalogue").load().migrate();
		JdbcClient jdbc = JdbcClient.create(ds);
		if (!"false".equals(options.get("fill"))) {
			fill(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), items, out);
		}
		long[] nanos = measure(new SearchIndex(jdbc), new ItemQueries(jdbc), queries);
		Arrays.sort(nanos);
		ds.destroy();
		out.printf("searches: %d on %d items, one thread; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
				nanos.length, items, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
		return 0;
	}

	private static void fill(JdbcClient jdbc, TransactionTemplate tx, int items, PrintStream out) {
		long start = System.nanoTime();
		tx.executeWithoutResult(s -> jdbc.sql("truncate catalogue.item cascade").update());
		ItemStore store = new ItemStore(jdbc);
		SearchIndex index = new SearchIndex(jdbc);
		for (int from = 0; from < items; from += 500) {
			int first = from;
			tx.executeWithoutResult(s -> {
				for (int n = first; n < Math.min(first + 500, items); n++) {
					ItemDraft draft = BenchmarkItems.item(n);
					long id = store.insert(draft, 1, "benchmark");
					index.reindex(id, draft, true);
				}
				jdbc.sql("update catalogue.item set published = true where not published").update();
			});
		}
		// as autovacuum would by then: fresh statistics and a visibility map for index-only scans
		jdbc.sql("vacuum analyze catalogue.search_term").update();
		jdbc.sql("vacuum analyze catalogue.item").update();
		long terms = jdbc.sql("select count(*) from catalogue.search_term").query(Long.class).single();
		out.printf("stored %d items (%d index terms) in %.1f s%n", items, terms, (System.nanoTime() - start) / 1e9);
	}

	private static long[] measure(SearchIndex search, ItemQueries queries, int count) {
		List<String> q = BenchmarkItems.QUERIES;
		for (int warm = 0; warm < 300; warm++) {
			queries.rows(search.search(q.get(warm % q.size()), 20));
		}
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long t = System.nanoTime();
			queries.rows(search.search(q.get(i % q.size()), 20));
			times.add(System.nanoTime() - t);
		}
		return times.stream().mapToLong(Long::longValue).toArray();
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
