package org.onedoor.appeals.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Real citizens' words for generated appeals: the message-board texts (title, detail and, where
 * known, the first-level category), the Fuzhou 12345 water appeals, the official replies, and
 * Guizhou's villages as places. City names masked in the source (A市, A1区) become 贵阳市, 南明区 ….
 */
record AppealTexts(List<Message> messages, List<String> replies, List<Place> places) {

	record Message(String title, String content, String category) {
	}

	record Place(String code, String name) {
	}

	/** The source's first-level categories, as codes of OneDoor's category tree. */
	private static final Map<String, String> CATEGORIES = Map.of("城乡建设", "01", "环境保护", "04", "交通运输", "06",
			"教育文体", "14", "劳动和社会保障", "15", "商贸旅游", "11", "卫生计生", "12");

	private static final String[][] PLACES = { { "A市", "贵阳市" }, { "A1区", "南明区" }, { "A2区", "云岩区" },
			{ "A3区", "花溪区" }, { "A4区", "乌当区" }, { "A5区", "白云区" }, { "A6区", "观山湖区" }, { "A7县", "开阳县" },
			{ "A8县", "息烽县" }, { "A9市", "清镇市" } };

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	static AppealTexts load(Path data) throws IOException {
		List<Message> messages = new ArrayList<>();
		for (String file : List.of("teddy2020-labelled-train.csv", "teddy2020-unlabelled.csv", "teddy2020-hotspot-messages.csv",
				"teddy2020-replies.csv")) {
			for (Map<String, String> row : rows(data.resolve("appeals").resolve(file))) {
				messages.add(new Message(localise(row.get("留言主题")), localise(row.get("留言详情")),
						CATEGORIES.get(row.getOrDefault("一级分类", ""))));
			}
		}
		for (Map<String, String> row : rows(data.resolve("appeals").resolve("fuzhou12345-water-appeals.csv"))) {
			messages.add(new Message(row.get("title"), row.get("content"), "04"));
		}
		messages.removeIf(m -> m.title() == null || m.title().isBlank() || m.content() == null || m.content().isBlank());
		List<String> replies = new ArrayList<>();
		for (Map<String, String> row : rows(data.resolve("appeals").resolve("teddy2020-replies.csv"))) {
			String reply = row.get("答复意见");
			if (reply != null && !reply.isBlank()) {
				replies.add(localise(reply));
			}
		}
		List<Place> places = rows(data.resolve("divisions").resolve("guizhou-villages.csv")).stream()
			.map(row -> new Place(row.get("code"), row.get("name")))
			.toList();
		if (messages.isEmpty() || replies.isEmpty() || places.isEmpty()) {
			throw new IOException("no texts, replies or places under " + data);
		}
		return new AppealTexts(messages, replies, places);
	}

	private static String localise(String text) {
		if (text == null) {
			return null;
		}
		String out = text.strip();
		for (String[] place : PLACES) {
			out = out.replace(place[0], place[1]);
		}
		return out;
	}

	private static List<Map<String, String>> rows(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file);
				MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(in)) {
			List<String> header = Arrays.stream(lines.nextValue()).map(h -> h.replace("\uFEFF", "").strip()).toList();
			while (lines.hasNextValue()) {
				String[] values = lines.nextValue();
				Map<String, String> row = new java.util.HashMap<>();
				for (int i = 0; i < Math.min(values.length, header.size()); i++) {
					row.put(header.get(i), values[i]);
				}
				rows.add(row);
			}
		}
		return rows;
	}

}
