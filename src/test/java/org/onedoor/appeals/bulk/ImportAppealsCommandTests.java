package org.onedoor.appeals.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.appeals.TrackingNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code import-appeals} against a PostgreSQL of its own with every module's migrations (no
 * Spring): rows and history lines stored once, rejects stored never, and with
 * {@code --rebuild-indexes} the indexes afterwards exactly as before — after success, rejection,
 * a failure half-way, or a running app holding the tables.
 */
class ImportAppealsCommandTests {

	private static EmbeddedPostgres postgres;

	private static String url;

	@TempDir
	Path folder;

	@BeforeAll
	static void start() throws IOException, SQLException {
		postgres = EmbeddedPostgres.builder()
			.setServerConfig("timezone", "Asia/Shanghai")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.start();
		url = postgres.getJdbcUrl("postgres", "postgres");
		Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration").load().migrate();
		// an index comment must survive a rebuild too
		execute("comment on index appeals.appeal_mobile_idx is '按手机号查诉求 / appeals by mobile'");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void storesEveryRowWithOneHistoryLineAndSkipsWhatIsAlreadyThere() throws Exception {
		List<String> rows = rows(3);
		Path file = file(rows);
		long before = count("select count(*) from appeals.appeal");

		Run first = importFile(file);
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).contains("imported 3, already present 0, rejected 0").contains("0 indexes rebuilt and commit");
		assertThat(count("select count(*) from appeals.appeal")).isEqualTo(before + 3);
		String number = rows.get(0).substring(1, 14);
		assertThat(count("select count(*) from appeals.appeal where tracking_number = '" + number
				+ "' and status = 'CLOSED' and title = '路灯不亮' and citizen_mobile = '13912345678'"
				+ " and closed_at = '2025-03-10T17:00:00+08:00' and accepted_at = registered_at")).isOne();
		assertThat(count("select count(*) from appeals.appeal_transition t join appeals.appeal a on a.id = t.appeal_id"
				+ " where a.tracking_number = '" + number + "' and t.action = 'IMPORT' and t.to_status = 'CLOSED'"
				+ " and not t.public and t.occurred_at = a.registered_at")).isOne();

		Run again = importFile(file);
		assertThat(again.status()).isZero();
		assertThat(again.out()).contains("imported 0, already present 3");
		assertThat(count("select count(*) from appeals.appeal")).isEqualTo(before + 3);
		assertThat(history(rows)).isEqualTo(3);
	}

	@Test
	void badRowsBeyondMaxRejectsStoreNothingAndAreListedByLine() throws Exception {
		List<String> rows = rows(3);
		rows.set(1, rows.get(1).replace("\"HOTLINE\"", "\"FAX\""));
		Path file = file(rows);

		Run refused = importFile(file);
		assertThat(refused.status()).isEqualTo(ImportAppealsCommand.BAD_INPUT);
		assertThat(refused.err()).contains("第 3 行 / line 3: channel 的值无效 / invalid channel: FAX")
			.contains("1 bad rows, more than --max-rejects=0: nothing imported");
		assertThat(history(rows)).isZero();

		Run tolerated = importFile(file, "--max-rejects=1");
		assertThat(tolerated.status()).isZero();
		assertThat(tolerated.out()).contains("imported 2, already present 0, rejected 1");
		assertThat(history(rows)).isEqualTo(2);
	}

	@Test
	void aWrongHeaderOrOptionIsBadInput() throws Exception {
		Path file = folder.resolve("wrong.csv");
		Files.writeString(file, "number,title\n");
		Run header = importFile(file);
		assertThat(header.status()).isEqualTo(ImportAppealsCommand.BAD_INPUT);
		assertThat(header.err()).contains("表头应为 / the header must be: tracking_number,channel");

		Run timeout = importFile(file(rows(1)), "--rebuild-indexes", "--lock-timeout=5s'; drop table x; --");
		assertThat(timeout.status()).isEqualTo(ImportAppealsCommand.BAD_INPUT);
		assertThat(timeout.err()).contains("--lock-timeout 形如").contains("--lock-timeout looks like");
	}

	@Test
	void rebuildingTheIndexesLeavesExactlyTheSameIndexesAndEveryRow() throws Exception {
		List<String> indexes = indexes();
		List<String> rows = rows(500);

		Run run = importFile(file(rows), "--rebuild-indexes");
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("imported 500, already present 0").contains("11 indexes rebuilt and commit");
		assertThat(indexes()).isEqualTo(indexes);
		assertThat(count("select count(*) from pg_index x join pg_class t on t.oid = x.indrelid"
				+ " where t.relname in ('appeal', 'appeal_transition') and not (x.indisvalid and x.indisready)")).isZero();
		assertThat(history(rows)).isEqualTo(500);
		// the rebuilt indexes are used and hold the new rows
		assertThat(count("select count(*) from appeals.appeal where citizen_mobile = '13912345678'")).isGreaterThanOrEqualTo(500);
	}

	@Test
	void aRejectedImportLeavesTheIndexesUntouched() throws Exception {
		List<String> indexes = indexes();
		List<String> rows = rows(4);
		rows.set(3, rows.get(3).replace("\"0102\"", "\"9999\""));

		Run run = importFile(file(rows), "--rebuild-indexes");
		assertThat(run.status()).isEqualTo(ImportAppealsCommand.BAD_INPUT);
		assertThat(run.err()).contains("第 5 行 / line 5: 未知分类 / unknown category_code: 9999");
		assertUnchanged(indexes, rows);
	}

	@Test
	void aFailureAfterTheIndexesWereDroppedRollsBackToThem() throws Exception {
		List<String> indexes = indexes();
		List<String> rows = rows(5);
		rows.set(4, rows.get(4).replace("\"路灯不亮\"", "\"导入中途失败\""));
		// stands for anything that fails during the move: a full disk, a lost connection
		execute("""
				create function appeals.fail_import() returns trigger language plpgsql as $$
				begin if new.title = '导入中途失败' then raise exception 'disk full (test)'; end if; return new; end $$;
				create trigger fail_import before insert on appeals.appeal for each row execute function appeals.fail_import()""");
		try {
			Run run = importFile(file(rows), "--rebuild-indexes");
			assertThat(run.status()).isEqualTo(1);
			assertThat(run.err()).contains("导入失败，未导入任何数据 / import failed, nothing imported").contains("disk full (test)");
		}
		finally {
			execute("drop trigger fail_import on appeals.appeal; drop function appeals.fail_import()");
		}
		assertUnchanged(indexes, rows);
	}

	@Test
	void aRunningAppHoldingTheTablesMakesItFailFastWithNothingStored() throws Exception {
		List<String> indexes = indexes();
		List<String> rows = rows(2);
		Path file = file(rows);
		try (Connection app = connect()) {
			app.setAutoCommit(false);
			// an app's open transaction that has read an appeal holds a share lock until it ends
			app.createStatement().execute("select id from appeals.appeal limit 1");

			Run refused = assertTimeoutPreemptively(Duration.ofSeconds(60),
					() -> importFile(file, "--rebuild-indexes", "--lock-timeout=300ms"));
			assertThat(refused.status()).isEqualTo(1);
			assertThat(refused.err()).contains("appeals.appeal 正被其他会话使用（应用是否仍在运行？），300ms 内未能独占")
				.contains("is in use by another session (is the app still running?) and could not be taken within 300ms")
				.contains("未导入任何数据").contains("Nothing imported");
			assertUnchanged(indexes, rows);

			// without the option an import goes alongside a running app, as before
			Run plain = importFile(file);
			assertThat(plain.status()).as(plain.err()).isZero();
			assertThat(history(rows)).isEqualTo(2);
			app.rollback();
		}
	}

	private record Run(int status, String out, String err) {
	}

	private static Run importFile(Path file, String... more) {
		Map<String, String> options = new java.util.LinkedHashMap<>(Map.of("input", file.toString(), "url", url));
		for (String option : more) {
			int equals = option.indexOf('=');
			options.put(option.substring(2, equals < 0 ? option.length() : equals),
					equals < 0 ? "true" : option.substring(equals + 1));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new ImportAppealsCommand().run(options, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Closed appeals of March 2025, each with a fresh tracking number, as CSV lines. */
	private static List<String> rows(int count) {
		return new ArrayList<>(IntStream.range(0, count)
			.mapToObj(i -> new HistoricalAppeal(TrackingNumber.next(YearMonth.of(2025, 3)).value(), "HOTLINE", "COMPLAINT",
					"路灯不亮", "中华北路路灯不亮一周了（" + i + "）", "0102", "520102031000", "中华北路", "王先生", "13912345678",
					false, "CLOSED", java.time.OffsetDateTime.parse("2025-03-04T09:12:00+08:00").plusMinutes(i),
					java.time.OffsetDateTime.parse("2025-03-10T17:00:00+08:00"), "已修复",
					java.time.OffsetDateTime.parse("2025-03-09T10:00:00+08:00"))
				.csvLine()
				.strip())
			.toList());
	}

	private Path file(List<String> rows) throws IOException {
		Path file = Files.createTempFile(folder, "appeals", ".csv");
		Files.writeString(file, String.join(",", HistoricalAppeal.COLUMNS) + "\n" + String.join("\n", rows) + "\n");
		return file;
	}

	/** Every index of the two tables as pg_indexes and pg_description tell it. */
	private static List<String> indexes() throws SQLException {
		List<String> all = new ArrayList<>();
		try (Connection db = connect(); var rows = db.createStatement().executeQuery("""
				select i.indexname || ' ' || i.indexdef || ' ' || coalesce(i.tablespace, '-') || ' '
				    || coalesce(obj_description(format('%I.%I', i.schemaname, i.indexname)::regclass, 'pg_class'), '-')
				from pg_indexes i where i.schemaname = 'appeals' and i.tablename in ('appeal', 'appeal_transition')
				order by i.indexname""")) {
			while (rows.next()) {
				all.add(rows.getString(1));
			}
		}
		assertThat(all).hasSize(17).anyMatch(i -> i.startsWith("appeal_mobile_idx") && i.endsWith("appeals by mobile"));
		return all;
	}

	/** The indexes as they were, and none of these rows stored. */
	private static void assertUnchanged(List<String> indexesBefore, List<String> rows) throws SQLException {
		assertThat(indexes()).isEqualTo(indexesBefore);
		assertThat(history(rows)).isZero();
	}

	/** History lines of these rows' appeals (0 when none of them was stored). */
	private static long history(List<String> rows) throws SQLException {
		String numbers = String.join(",", rows.stream().map(r -> "'" + r.substring(1, 14) + "'").toList());
		return count("select count(*) from appeals.appeal_transition t join appeals.appeal a on a.id = t.appeal_id"
				+ " where a.tracking_number in (" + numbers + ")");
	}

	private static long count(String sql) throws SQLException {
		try (Connection db = connect(); var rows = db.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection db = connect(); Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

}
