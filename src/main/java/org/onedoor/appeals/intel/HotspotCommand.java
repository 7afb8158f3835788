package org.onedoor.appeals.intel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code hotspots --input=IN.csv --top=N --output=OUT.json}: the hot topics of a message file,
 * hottest first. Runs without the server or a database; the synonyms are the defaults.
 */
public final class HotspotCommand implements BatchCommand {

	static final int BAD_INPUT = 2;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Override
	public String name() {
		return "hotspots";
	}

	@Override
	public String summary() {
		return "从留言文件找出热点问题 / find the hot topics in a message file: --input=IN.csv --top=N --output=OUT.json";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		String input = options.get("input");
		String output = options.get("output");
		if (input == null || output == null) {
			err.println("需要 --input 和 --output / --input and --output are required");
			err.println(summary());
			return BAD_INPUT;
		}
		int top;
		try {
			top = Integer.parseInt(options.getOrDefault("top", "10"));
			if (top < 1) {
				throw new NumberFormatException();
			}
		}
		catch (NumberFormatException ex) {
			err.println("--top 应为正整数 / --top must be a positive whole number: " + options.get("top"));
			return BAD_INPUT;
		}
		long started = System.nanoTime();
		try {
			List<HotspotMessage> messages = HotspotCsv.read(Path.of(input));
			List<HotTopic> topics = new HotspotGrouping(new DuplicateText(DuplicateSynonyms.defaults())).group(messages, top);
			List<Map<String, Object>> answer = new ArrayList<>();
			for (int i = 0; i < Math.min(top, topics.size()); i++) {
				answer.add(json(i + 1, topics.get(i)));
			}
			Files.writeString(Path.of(output), JSON.writeValueAsString(answer));
			out.printf("%d 条留言，输出前 %d 个热点 / %d messages, top %d topics written to %s in %d ms%n",
					messages.size(), answer.size(), messages.size(), answer.size(), output,
					(System.nanoTime() - started) / 1_000_000);
			return 0;
		}
		catch (HotspotInputException ex) {
			err.println(ex.getMessage());
			return BAD_INPUT;
		}
		catch (IOException ex) {
			err.println("无法写出结果文件 / cannot write the output file: " + ex.getMessage());
			return BAD_INPUT;
		}
	}

	private static Map<String, Object> json(int rank, HotTopic topic) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("rank", rank);
		row.put("title", topic.title());
		row.put("place", topic.place());
		row.put("from", TIME.format(topic.from()));
		row.put("to", TIME.format(topic.to()));
		row.put("size", topic.size());
		row.put("citizens", topic.citizens());
		row.put("supports", topic.supports());
		row.put("messageIds", topic.messageIds()
			.stream()
			.map(id -> id.matches("\\d{1,18}") ? (Object) Long.valueOf(id) : id)
			.toList());
		return row;
	}

}
