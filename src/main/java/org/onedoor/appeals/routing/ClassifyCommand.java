package org.onedoor.appeals.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onedoor.shared.cli.BatchCommand;
import org.onedoor.shared.cli.BatchCommands;

/**
 * {@code classify --input=IN.csv --output=OUT.csv}: the first-level category of each message, for
 * migrating old appeals. Public because {@link java.util.ServiceLoader} instantiates it.
 */
public final class ClassifyCommand implements BatchCommand {

	@Override
	public String name() {
		return "classify";
	}

	@Override
	public String summary() {
		return "为留言推荐一级分类 / suggest the first-level category of each message: --input=IN.csv --output=OUT.csv";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		String input = options.get("input");
		String output = options.get("output");
		if (input == null || output == null) {
			err.println("需要 --input 和 --output / --input and --output are required");
			err.println(name() + ": " + summary());
			return BatchCommands.USAGE;
		}
		List<Map<String, String>> rows;
		try (InputStream in = Files.newInputStream(Path.of(input))) {
			rows = ClassifierCsv.read(in,
					List.of(ClassifierCsv.ID, ClassifierCsv.TITLE, ClassifierCsv.CONTENT));
		}
		catch (NoSuchFileException ex) {
			err.println("找不到输入文件 / input file not found: " + input);
			return 66;
		}
		catch (IOException ex) {
			err.println("无法读取输入文件 / cannot read the input file: " + input + " (" + ex.getMessage() + ")");
			return 66;
		}
		catch (ClassifierCsv.BadFileException ex) {
			err.println(input + ": " + ex.getMessage());
			return 65;
		}
		ClassifierModel model = new ClassifierTrainer().train(ClassifierTraining.shipped());
		DefaultUnits units = DefaultUnits.shipped();
		try (Writer writer = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
			writer.write("留言编号,一级分类,confidence,建议承办单位\n");
			for (Map<String, String> row : rows) {
				ClassifierScore best = model.classify(row.get(ClassifierCsv.TITLE), row.get(ClassifierCsv.CONTENT)).get(0);
				writer.write(line(row.get(ClassifierCsv.ID), best, units.forCategory(best.category()).orElse("")));
			}
		}
		catch (IOException ex) {
			err.println("无法写入输出文件 / cannot write the output file: " + output + " (" + ex.getMessage() + ")");
			return 73;
		}
		out.println("已分类 " + rows.size() + " 条留言 / classified " + rows.size() + " messages → " + output);
		return 0;
	}

	private static String line(String id, ClassifierScore best, String unit) {
		return quote(id) + "," + best.category() + "," + String.format(Locale.ROOT, "%.4f", best.confidence()) + ","
				+ quote(unit) + "\n";
	}

	/** RFC 4180 quoting, only when needed (ids are usually plain numbers). */
	private static String quote(String value) {
		String v = value == null ? "" : value;
		return v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
	}

}
