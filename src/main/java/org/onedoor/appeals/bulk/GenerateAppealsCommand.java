package org.onedoor.appeals.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code generate-appeals --count=N --output=FILE.csv|- [--data=DIR] [--seed=S] [--years=Y]}: a file for
 * {@code import-appeals} with N appeals made from the real texts in DIR (default
 * {@code ../shared/data}). {@code --output=-} writes to standard output, so 10 million appeals
 * can be piped into the import without a 6 GB file.
 */
public final class GenerateAppealsCommand implements BatchCommand {

	static final int BAD_INPUT = 2;

	@Override
	public String name() {
		return "generate-appeals";
	}

	@Override
	public String summary() {
		return "用真实留言生成历史诉求文件 / generate historical appeals from real messages: --count=N --output=FILE.csv|- [--data=DIR] [--seed=S] [--years=Y]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		long count;
		long seed;
		int years;
		try {
			count = Long.parseLong(options.getOrDefault("count", ""));
			seed = Long.parseLong(options.getOrDefault("seed", "20261126"));
			years = Integer.parseInt(options.getOrDefault("years", "2"));
			if (count < 1 || years < 1 || years > 30) {
				throw new NumberFormatException();
			}
		}
		catch (NumberFormatException ex) {
			err.println("--count 应为正整数，--seed 应为整数，--years 为 1–30 / --count must be a positive whole number, --seed a whole number, --years 1–30");
			err.println(summary());
			return BAD_INPUT;
		}
		String output = options.get("output");
		if (output == null) {
			err.println("需要 --output / --output is required");
			return BAD_INPUT;
		}
		Path data = Path.of(options.getOrDefault("data", "../shared/data"));
		long started = System.nanoTime();
		try {
			AppealGenerator generator = new AppealGenerator(AppealTexts.load(data), seed, Instant.now(), years);
			boolean toStdout = "-".equals(output);
			try (Writer csv = new BufferedWriter(toStdout ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
					: Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8), 1 << 20)) {
				csv.write(String.join(",", HistoricalAppeal.COLUMNS) + "\n");
				for (long i = 0; i < count; i++) {
					csv.write(generator.next().csvLine());
				}
			}
			PrintStream report = toStdout ? err : out;
			report.printf("生成 %d 条诉求，用时 %d 毫秒 / %d appeals generated in %d ms%n", count,
					(System.nanoTime() - started) / 1_000_000, count, (System.nanoTime() - started) / 1_000_000);
			return 0;
		}
		catch (IOException ex) {
			err.println("无法读取数据或写出文件 / cannot read the data or write the file: " + ex.getMessage());
			return BAD_INPUT;
		}
	}

}
