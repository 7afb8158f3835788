package org.onedoor.appeals.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code import-appeals --input=FILE.csv|- --url=jdbc:postgresql://… [--max-rejects=0] [--rebuild-indexes]}:
 * loads historical appeals (columns in {@link HistoricalAppeal#COLUMNS}, header required) in one
 * transaction. Rows that break the rules are listed with their line and reasons; beyond
 * {@code --max-rejects} of them nothing is stored. Appeals already present (same tracking
 * number) are skipped, so an interrupted import can simply be run again. With
 * {@code --rebuild-indexes} (a maintenance window: the app stopped) see {@link IndexRebuild}.
 */
public final class ImportAppealsCommand implements BatchCommand {

	static final int BAD_INPUT = 2;

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	@Override
	public String name() {
		return "import-appeals";
	}

	@Override
	public String summary() {
		return "批量导入历史诉求 / import historical appeals: --input=FILE.csv|- --url=jdbc:postgresql://… [--max-rejects=0]"
				+ " [--rebuild-indexes：维护窗口专用，独占诉求表，删除二级索引、导入后按原定义重建 / maintenance window only:"
				+ " takes the appeal tables, drops their secondary indexes and builds them again after the move"
				+ " [--lock-timeout=" + IndexRebuild.DEFAULT_LOCK_TIMEOUT + "：等锁上限 / longest wait for the tables]]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		String input = options.get("input");
		if (input == null) {
			err.println("需要 --input / --input is required");
			err.println(summary());
			return BAD_INPUT;
		}
		long maxRejects;
		try {
			maxRejects = Long.parseLong(options.getOrDefault("max-rejects", "0"));
		}
		catch (NumberFormatException ex) {
			err.println("--max-rejects 应为整数 / --max-rejects must be a whole number");
			return BAD_INPUT;
		}
		String rebuild = options.getOrDefault("rebuild-indexes", "false");
		String lockTimeout = options.getOrDefault("lock-timeout", IndexRebuild.DEFAULT_LOCK_TIMEOUT);
		if (!rebuild.equals("true") && !rebuild.equals("false") || !IndexRebuild.validLockTimeout(lockTimeout)) {
			err.println("--rebuild-indexes 不带值（或 =true/false），--lock-timeout 形如 5s、500ms、2min"
					+ " / --rebuild-indexes takes no value (or =true/false), --lock-timeout looks like 5s, 500ms, 2min");
			return BAD_INPUT;
		}
		try (Connection db = Database.connect(options); InputStream in = open(input)) {
			db.setAutoCommit(false);
			IndexRebuild indexes = rebuild.equals("true") ? IndexRebuild.lockTables(db, lockTimeout) : null;
			return load(db, in, indexes, maxRejects, out, err);
		}
		catch (IllegalArgumentException | UncheckedIOException | tools.jackson.core.JacksonException ex) {
			err.println(ex.getMessage());
			return BAD_INPUT;
		}
		catch (IndexRebuild.TablesInUse ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (IOException | SQLException ex) {
			err.println("导入失败，未导入任何数据 / import failed, nothing imported: " + ex.getMessage());
			return 1;
		}
	}

	/** Checks and stages every row, then moves them in; {@code indexes} null: the indexes stay as they are. */
	private static int load(Connection db, InputStream in, IndexRebuild indexes, long maxRejects, PrintStream out,
			PrintStream err) throws IOException, SQLException {
		long started = System.nanoTime();
		HistoricalAppealRules rules = new HistoricalAppealRules(categories(db));
		long rejects = 0;
		try (AppealCopy copy = new AppealCopy(db); MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(in)) {
			checkHeader(lines);
			long line = 1;
			while (lines.hasNextValue()) {
				line++;
				HistoricalAppealRules.Checked row = rules.check(lines.nextValue());
				if (row.appeal() != null) {
					copy.add(row.appeal());
				}
				else if (++rejects <= 100) {
					err.printf("第 %d 行 / line %d: %s%n", line, line, String.join("; ", row.problems()));
				}
			}
			if (rejects > maxRejects) {
				copy.close();
				db.rollback();
				err.printf("%d 行有误，超过 --max-rejects=%d，未导入任何数据 / %d bad rows, more than --max-rejects=%d: nothing imported%n",
						rejects, maxRejects, rejects, maxRejects);
				return BAD_INPUT;
			}
			copy.endCopy();
			long staged = System.nanoTime();
			int dropped = indexes == null ? 0 : indexes.dropSecondaryIndexes();
			long imported = copy.moveIntoPlace("历史数据导入 import-appeals");
			long moved = System.nanoTime();
			if (indexes != null) {
				indexes.rebuild();
			}
			db.commit();
			long done = System.nanoTime();
			double seconds = Math.max(1, (done - started) / 1_000_000) / 1000.0;
			long rate = Math.round(copy.staged() / seconds);
			out.printf("导入 %d 条，跳过已有 %d 条，拒绝 %d 行，用时 %.1f 秒（%d 条/秒） / imported %d, already present %d, rejected %d in %.1f s (%d rows/s)%n",
					imported, copy.staged() - imported, rejects, seconds, rate, imported, copy.staged() - imported, rejects,
					seconds, rate);
			out.printf("检查与 COPY %.1f 秒，移入 %.1f 秒，重建 %d 个索引并提交 %.1f 秒 / check and COPY %.1f s, move %.1f s, %d indexes rebuilt and commit %.1f s%n",
					secs(staged - started), secs(moved - staged), dropped, secs(done - moved), secs(staged - started),
					secs(moved - staged), dropped, secs(done - moved));
			return 0;
		}
	}

	private static double secs(long nanos) {
		return nanos / 1e9;
	}

	private static InputStream open(String input) throws IOException {
		if ("-".equals(input)) {
			return System.in;
		}
		Path file = Path.of(input);
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("找不到输入文件 / input file not found: " + input);
		}
		return Files.newInputStream(file);
	}

	private static void checkHeader(MappingIterator<String[]> lines) {
		List<String> header = lines.hasNextValue()
				? Arrays.stream(lines.nextValue()).map(h -> h.replace("\uFEFF", "").strip()).toList() : List.of();
		if (!header.equals(HistoricalAppeal.COLUMNS)) {
			throw new IllegalArgumentException("表头应为 / the header must be: " + String.join(",", HistoricalAppeal.COLUMNS));
		}
	}

	private static Set<String> categories(Connection db) throws SQLException {
		Set<String> codes = new HashSet<>();
		try (var query = db.createStatement(); var rows = query.executeQuery("select code from appeals.category where active")) {
			while (rows.next()) {
				codes.add(rows.getString(1));
			}
		}
		return codes;
	}

}
