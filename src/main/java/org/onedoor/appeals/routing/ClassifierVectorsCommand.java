package org.onedoor.appeals.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code classifier-vectors --input=a.csv,b.csv --output=word-vectors.bin.gz}: learns the classifier's
 * word vectors from unlabelled messages (columns 留言主题, 留言详情). Every message whose title or
 * content also occurs in the shipped labelled file is left out, so cross-validation never tests on a
 * text the vectors saw. This is how appeals/routing/word-vectors.bin.gz was made (docs/routing.md).
 */
public final class ClassifierVectorsCommand implements BatchCommand {

	@Override
	public String name() {
		return "classifier-vectors";
	}

	@Override
	public String summary() {
		return "由未标注留言学习分类器词向量 / learn the classifier's word vectors from unlabelled messages: --input=a.csv,b.csv --output=FILE [--dimensions=100] [--window=5] [--min-count=5] [--max-words=20000]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		if (!options.containsKey("input") || !options.containsKey("output")) {
			err.println("需要 --input 和 --output / --input and --output are required");
			return 64;
		}
		ClassifierVectorsBuilder builder;
		try {
			builder = new ClassifierVectorsBuilder(Integer.parseInt(options.getOrDefault("min-count", "5")),
					Integer.parseInt(options.getOrDefault("max-words", "20000")),
					Integer.parseInt(options.getOrDefault("window", "5")),
					Integer.parseInt(options.getOrDefault("dimensions", "100")));
		}
		catch (NumberFormatException ex) {
			err.println("数值参数应为整数 / numeric options must be whole numbers");
			return 64;
		}
		Set<String> labelled = new HashSet<>();
		ClassifierTraining.shipped().forEach(e -> {
			labelled.add(e.title().strip());
			labelled.add(e.content().strip());
		});
		List<List<String>> documents = new ArrayList<>();
		int left = 0;
		for (String file : options.get("input").split(",")) {
			try (InputStream in = Files.newInputStream(Path.of(file))) {
				for (Map<String, String> row : ClassifierCsv.read(in, List.of(ClassifierCsv.TITLE, ClassifierCsv.CONTENT))) {
					String title = row.getOrDefault(ClassifierCsv.TITLE, "").strip();
					String content = row.getOrDefault(ClassifierCsv.CONTENT, "").strip();
					if (labelled.contains(title) || labelled.contains(content)) {
						left++;
						continue;
					}
					documents.add(ClassifierText.words(title + "。" + content));
				}
			}
			catch (IOException | ClassifierCsv.BadFileException ex) {
				err.println("无法读取输入文件 / cannot read the input file " + file + ": " + ex.getMessage());
				return 65;
			}
		}
		ClassifierVectors vectors = builder.build(documents);
		try (OutputStream target = Files.newOutputStream(Path.of(options.get("output")))) {
			vectors.write(target);
		}
		catch (IOException ex) {
			err.println("无法写出文件 / cannot write the output: " + ex.getMessage());
			return 73;
		}
		out.printf("%d messages (%d left out: also in the labelled file), %d words × %d dimensions%n", documents.size(),
				left, vectors.words(), vectors.dimensions());
		return 0;
	}

}
