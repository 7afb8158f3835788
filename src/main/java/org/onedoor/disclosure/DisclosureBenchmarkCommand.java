package org.onedoor.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.onedoor.shared.cli.BatchCommand;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code disclosure-benchmark --db=jdbc:postgresql://127.0.0.1/onedoor_disclosure_bench
 * [--appeals=10000000] [--units=120] [--requests=100] [--fill=true]}: fills a dedicated database
 * with appeals' facts in the shape of the appeals views (two years, realistic channels, units,
 * districts, ratings, returns and extensions), rebuilds the figures with the server's SQL, then
 * times the weekly figures and the annual assessment through the server's own query classes.
 * Refuses a database that holds a real appeals table. Results: docs/benchmarks.md.
 */
public final class DisclosureBenchmarkCommand implements BatchCommand {

	private static final int CHUNK = 1_000_000;

	private static final LocalDate LAST = LocalDate.of(2026, 11, 22);

	@Override
	public String name() {
		return "disclosure-benchmark";
	}

	@Override
	public String summary() {
		return "公示与考核的速度 / speed of the disclosure figures: --db=jdbc:postgresql://host/dedicated_db [--appeals=10000000] [--units=120] [--requests=100] [--fill=true]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		if (options.get("db") == null) {
			err.println("请用 --db= 指定一个专用数据库 / give a dedicated database with --db=");
			return 64;
		}
		long appeals = Long.parseLong(options.getOrDefault("appeals", "10000000"));
		int units = Integer.parseInt(options.getOrDefault("units", "120"));
		int requests = Integer.parseInt(options.getOrDefault("requests", "100"));
		try (Connection c = DisclosureRebuildCommand.connect(options)) {
			if (Boolean.parseBoolean(options.getOrDefault("fill", "true"))) {
				if (realDatabase(c)) {
					err.println("这是一个真实的一门通数据库，拒绝写入 / this database holds real appeals; refusing");
					return 65;
				}
				fill(c, appeals, units, out);
				long t = System.nanoTime();
				int cells = RebuildFigures.rebuild(c);
				out.printf("rebuilt %d unit-day cells in %.1f s%n", cells, (System.nanoTime() - t) / 1e9);
				try (Statement st = c.createStatement()) {
					st.execute("vacuum analyze disclosure.unit_day");
					st.execute("vacuum analyze disclosure.volume_day");
				}
			}
			measure(c, requests, out);
			return 0;
		}
		catch (SQLException | IOException ex) {
			err.println("基准测试失败 / benchmark failed: " + ex.getMessage());
			return 70;
		}
	}

	private static boolean realDatabase(Connection c) throws SQLException {
		try (Statement st = c.createStatement(); var rs = st.executeQuery("select to_regclass('appeals.appeal') is not null")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	private static void fill(Connection c, long appeals, int units, PrintStream out) throws SQLException, IOException {
		try (Statement st = c.createStatement()) {
			st.execute("drop schema if exists disclosure cascade; drop schema if exists appeals cascade; create schema appeals");
			st.execute("""
					create table appeals.appeal_facts (appeal_id bigint primary key, tracking_number char(13), unit_id bigint,
					  division_code char(12), channel varchar(24), category_code varchar(12), category_root varchar(12),
					  status varchar(24), registered_at timestamptz, dispatched_at timestamptz, signed_for_at timestamptz,
					  replied_at timestamptz, reply_deadline timestamptz, stage_deadline timestamptz, closed_at timestamptz,
					  rating varchar(24), rated_at timestamptz, returns smallint, extensions smallint, reopens smallint);
					create table appeals.appeal_steps (appeal_id bigint, action varchar(24), occurred_at timestamptz, unit_id bigint);
					create table appeals.category_roots (code varchar(12) primary key, name varchar(60))""");
			try (InputStream in = DisclosureBenchmarkCommand.class
				.getResourceAsStream("/db/migration/disclosure/V2026_11_26_1810__disclosure.sql")) {
				st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			st.execute("select setseed(0.2026)");
			for (long from = 1; from <= appeals; from += CHUNK) {
				long to = Math.min(appeals, from + CHUNK - 1);
				long t = System.nanoTime();
				st.execute(FILL.formatted(units, from, to));
				out.printf("appeals %,d .. %,d written in %.1f s%n", from, to, (System.nanoTime() - t) / 1e9);
			}
			st.execute("""
					insert into appeals.appeal_steps
					select appeal_id, (array['RETURN', 'APPROVE_EXTENSION', 'REOPEN'])[1 + (appeal_id % 3)::int],
					       dispatched_at + interval '3 hours', unit_id
					from appeals.appeal_facts where appeal_id % 17 = 0 and dispatched_at is not null""");
			st.execute("analyze appeals.appeal_facts");
		}
	}

	/** Two years to {@link #LAST}; hotline-heavy channels; about 3% still open; 60% rated, 88% of them satisfied. */
	private static final String FILL = """
			insert into appeals.appeal_facts
			select g, lpad(g::text, 13, '0'), u, d, ch, cat, cat, case when closed then 'CLOSED' else 'SIGNED_FOR' end,
			       reg, disp, sig, case when closed then rep end, disp + interval '5 days', disp + interval '5 days',
			       case when closed then rep + interval '1 day' end,
			       case when closed and r4 < 0.6 then case when r5 < 0.70 then 'SATISFIED' when r5 < 0.88 then 'FAIRLY_SATISFIED' else 'DISSATISFIED' end end,
			       case when closed and r4 < 0.6 then rep + interval '12 hours' end, 0, 0, 0
			from (
			  select g, u, d, ch, cat, reg, disp, sig, sig + r3 * r3 * interval '9 days' rep, r4, r5,
			         (sig + r3 * r3 * interval '9 days') < timestamptz '2026-11-20 00:00+08' closed
			  from (
			    select g, u, d, ch, cat, reg, reg + r1 * interval '4 hours' disp,
			           reg + r1 * interval '4 hours' + r2 * r2 * interval '8 hours' sig, r3, r4, r5
			    from (
			      select g, 1 + floor(random() * %1$d)::int u,
			             (array['520102000000', '520103000000', '520111000000', '520112000000', '520113000000',
			                    '520115000000', '520121000000', '520122000000', '520123000000', '520181000000'])[1 + floor(random() * 10)::int] d,
			             (array['HOTLINE', 'HOTLINE', 'HOTLINE', 'HOTLINE', 'MESSAGE_BOARD', 'APP', 'WECHAT', 'PETITION',
			                    'PROVINCE_PLATFORM', 'WALK_IN'])[1 + floor(random() * 10)::int] ch,
			             'C0' || (1 + floor(random() * 7)::int) cat,
			             timestamptz '2024-11-25 00:00+08' + random() * interval '729 days' reg,
			             random() r1, random() r2, random() r3, random() r4, random() r5
			      from generate_series(%2$d::bigint, %3$d::bigint) g
			    ) a
			  ) b
			) x""";

	private static void measure(Connection c, int requests, PrintStream out) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
		FigureQueries figures = new FigureQueries(jdbc, new UnitNames(id -> "单位" + id));
		HeadlineQueries headlines = new HeadlineQueries(jdbc);
		AssessmentWeights weights = new AssessmentWeights(40, 30, 15, 15, 0);
		Random random = new Random(2026);
		List<IsoWeek> weeks = new ArrayList<>();
		for (IsoWeek w = IsoWeek.of(LAST.minusDays(700)); w.compareTo(IsoWeek.of(LAST)) <= 0; w = w.next()) {
			weeks.add(w);
		}
		time("weekly figures, all units, one week", requests, out, () -> {
			IsoWeek w = weeks.get(random.nextInt(weeks.size()));
			return figures.perUnit(w.monday(), w.sunday()).size() + figures.freshness(w.monday(), w.sunday()).pendingCells();
		});
		time("annual assessment, all units ranked, one year", requests, out, () -> {
			LocalDate from = random.nextBoolean() ? LocalDate.of(2025, 1, 1) : LocalDate.of(2026, 1, 1);
			LocalDate to = from.getYear() == 2025 ? LocalDate.of(2025, 12, 31) : LAST;
			return RankUnits.rank(figures.perUnit(from, to), weights).size() + figures.freshness(from, to).pendingCells();
		});
		time("headline figures, this year against last", requests, out,
				() -> (int) headlines.headline(2026, LAST).received());
	}

	private static void time(String what, int requests, PrintStream out, Supplier<Integer> request) {
		for (int i = 0; i < 10; i++) {
			request.get();
		}
		List<Double> ms = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			long t = System.nanoTime();
			request.get();
			ms.add((System.nanoTime() - t) / 1e6);
		}
		Collections.sort(ms);
		out.printf("%-48s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (%d requests)%n", what, ms.get(ms.size() / 2),
				ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1), requests);
	}

}
