package org.onedoor.appeals.intel;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code duplicate-benchmark}: fills a database with a million appeals' duplicate-index rows made
 * from real messages (random divisions of Guizhou and times within the 30-day window) and times
 * the candidate search intake runs ({@link DuplicateSearchSql}) for new appeals: p50/p95/p99.
 * Use a database of its own: {@code --fill} empties its appeals tables. Public for the
 * {@link java.util.ServiceLoader}.
 */
public final class DuplicateSearchBenchmark implements BatchCommand {

	@Override
	public String name() {
		return "duplicate-benchmark";
	}

	@Override
	public String summary() {
		return "查重候选检索基准 / duplicate candidate search benchmark: --url=jdbc:postgresql://… --input=messages.csv "
				+ "[--rows=1000000] [--queries=2000] [--fill=true]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/onedoor_intel");
		String user = options.getOrDefault("user", "postgres");
		int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
		int queries = Integer.parseInt(options.getOrDefault("queries", "2000"));
		if (!options.containsKey("input")) {
			err.println("需要 --input（teddy2020-hotspot-messages.csv 的格式）/ --input is required");
			return 64;
		}
		List<HotspotMessage> messages = HotspotCsv.read(Path.of(options.get("input")));
		DuplicateText text = new DuplicateText(DuplicateSynonyms.defaults());
		List<DuplicateTerms> terms = messages.stream().map(m -> text.terms(m.title(), m.content())).toList();
		out.printf("%d messages segmented%n", terms.size());
		try (Connection db = DriverManager.getConnection(url, user, options.getOrDefault("password", ""))) {
			if (Boolean.parseBoolean(options.getOrDefault("fill", "true"))) {
				Flyway.configure().dataSource(url, user, options.getOrDefault("password", ""))
					.locations("classpath:db/migration").load().migrate();
				long start = System.nanoTime();
				fill(db, messages, terms, rows);
				out.printf("filled %d appeals in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
			}
			measure(db, terms, queries, out);
		}
		catch (SQLException ex) {
			err.println("数据库错误 / database error: " + ex.getMessage());
			return 70;
		}
		return 0;
	}

	private static void fill(Connection db, List<HotspotMessage> messages, List<DuplicateTerms> terms, int rows)
			throws SQLException {
		try (Statement s = db.createStatement()) {
			s.execute("truncate appeals.duplicate_posting, appeals.duplicate_terms, appeals.duplicate_candidate, appeals.appeal cascade");
			s.execute("create temporary table bench_text (i int primary key, title text, words text[], title_words text[], "
					+ "bigrams text[], indexed text[])");
		}
		try (PreparedStatement p = db.prepareStatement("insert into bench_text values (?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < terms.size(); i++) {
				DuplicateTerms t = terms.get(i);
				p.setInt(1, i);
				p.setString(2, messages.get(i).title());
				p.setArray(3, db.createArrayOf("text", t.words().toArray()));
				p.setArray(4, db.createArrayOf("text", t.titleWords().toArray()));
				p.setArray(5, db.createArrayOf("text", t.bigrams().toArray()));
				p.setArray(6, db.createArrayOf("text", t.searchTerms(DuplicateTerms.INDEXED).toArray()));
				p.addBatch();
			}
			p.executeBatch();
		}
		try (Statement s = db.createStatement()) {
			// bulk load: foreign keys are known to hold, and building indexes once beats updating them per row
			s.execute("set session_replication_role = replica");
			s.execute("alter table appeals.duplicate_posting drop constraint duplicate_posting_pkey");
			s.execute("drop index appeals.duplicate_posting_appeal_idx");
			// Guizhou: 9 prefectures × counties × towns; 1 in 5 appeals closed a day after registration
			s.execute("""
					insert into appeals.appeal (id, tracking_number, channel, type, title, content, division_code,
					    citizen_mobile, status, registered_at, closed_at, anonymous)
					select g, lpad(g::text, 13, '0'), 'HOTLINE', 'COMPLAINT', left(b.title, 200), b.title,
					    %s,
					    '139' || lpad(mod(g::bigint * 7919, 100000000)::text, 8, '0'),
					    case when mod(g, 5) = 0 then 'CLOSED' else 'REGISTERED' end, t, case when mod(g, 5) = 0 then t + interval '1 day' end,
					    false
					from generate_series(1, %d) g
					cross join lateral (select now() - random() * interval '30 days' as t) r
					join bench_text b on b.i = mod(g, %d)""".formatted(DIVISION, rows, terms.size()));
			s.execute("""
					insert into appeals.duplicate_terms (appeal_id, words, title_words, bigrams, registered_at)
					select a.id, b.words, b.title_words, b.bigrams, a.registered_at
					from appeals.appeal a join bench_text b on b.i = mod(a.id, %d)""".formatted(terms.size()));
			s.execute("""
					insert into appeals.duplicate_posting (term_key, registered_at, appeal_id)
					select left(a.division_code, 6) || ':' || w, a.registered_at, a.id
					from appeals.appeal a join bench_text b on b.i = mod(a.id, %d) cross join unnest(b.indexed) w
					""".formatted(terms.size()));
			s.execute("alter table appeals.duplicate_posting add primary key (term_key, registered_at, appeal_id)");
			s.execute("create index duplicate_posting_appeal_idx on appeals.duplicate_posting (appeal_id)");
			s.execute("set session_replication_role = origin");
			s.execute("select setval(pg_get_serial_sequence('appeals.appeal', 'id'), (select max(id) from appeals.appeal))");
			s.execute("vacuum analyze appeals.appeal");
			s.execute("vacuum analyze appeals.duplicate_terms");
			s.execute("vacuum analyze appeals.duplicate_posting");
		}
	}

	/** The division code the fill gives appeal {@code g}; searches use the same spread. */
	private static final String DIVISION = """
			'52' || lpad((1 + mod(g, 9))::text, 2, '0') || lpad((1 + mod(g / 9, 12))::text, 2, '0')
			    || lpad((1 + mod(g / 108, 20))::text, 3, '0') || '000'""";

	private static String division(long g) {
		return "52%02d%02d%03d000".formatted(1 + g % 9, 1 + g / 9 % 12, 1 + g / 108 % 20);
	}

	private static void measure(Connection db, List<DuplicateTerms> terms, int queries, PrintStream out)
			throws SQLException {
		Random random = new Random(20261126);
		long[] times = new long[queries];
		long found = 0;
		try (PreparedStatement p = db.prepareStatement(DuplicateSearchSql.CANDIDATES)) {
			for (int q = -200; q < queries; q++) {
				DuplicateTerms t = terms.get(random.nextInt(terms.size()));
				Timestamp since = Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS));
				String division = division(random.nextInt(1_000_000));
				p.setArray(1, db.createArrayOf("text", DuplicateSearchSql.keys(t, division).toArray()));
				p.setTimestamp(2, since);
				p.setString(3, "137" + String.format("%08d", random.nextInt(100_000_000)));
				p.setTimestamp(4, since);
				p.setLong(5, -1);
				p.setTimestamp(6, since);
				p.setInt(7, DuplicateSearchSql.LIMIT);
				long start = System.nanoTime();
				int n = 0;
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						// everything intake reads: the three term arrays the matcher scores with
						rs.getArray(2).getArray();
						rs.getArray(3).getArray();
						rs.getArray(4).getArray();
						n++;
					}
				}
				if (q >= 0) {
					times[q] = System.nanoTime() - start;
					found += n;
				}
			}
		}
		Arrays.sort(times);
		out.printf("%d searches (after 200 warm-up): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f candidates on average%n",
				queries, pct(times, 50), pct(times, 95), pct(times, 99), times[times.length - 1] / 1e6,
				(double) found / queries);
	}

	private static double pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

}
