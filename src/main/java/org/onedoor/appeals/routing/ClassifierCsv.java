package org.onedoor.appeals.routing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads message CSV files in the shape of the 2020 Teddy Cup files (a header row, then one message per
 * row), by column name so extra columns and any column order are fine.
 */
public final class ClassifierCsv {

	public static final String ID = "留言编号";

	public static final String TITLE = "留言主题";

	public static final String CONTENT = "留言详情";

	public static final String CATEGORY = "一级分类";

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	private ClassifierCsv() {
	}

	/** A bad file, with a message in Chinese and English. */
	public static final class BadFileException extends RuntimeException {

		BadFileException(String message) {
			super(message);
		}

	}

	/** Rows as column name → value; fails when a required column is missing or there are no rows. */
	public static List<Map<String, String>> read(InputStream in, List<String> required) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(in)) {
			String[] header = null;
			while (lines.hasNextValue()) {
				String[] cells = lines.nextValue();
				if (header == null) {
					header = cells;
					if (header.length > 0) {
						header[0] = header[0].replace("\uFEFF", "");
					}
					checkColumns(header, required);
					continue;
				}
				if (cells.length == 1 && cells[0].isBlank()) {
					continue;
				}
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.length && i < cells.length; i++) {
					row.put(header[i].trim(), cells[i]);
				}
				rows.add(row);
			}
			if (header == null) {
				throw new BadFileException("文件是空的 / the file is empty");
			}
		}
		catch (JacksonException ex) {
			throw new BadFileException("不是可读的 CSV 文件 / not a readable CSV file: " + ex.getOriginalMessage());
		}
		if (rows.isEmpty()) {
			throw new BadFileException("文件中没有留言 / the file has no messages");
		}
		return rows;
	}

	/** Labelled examples (columns 留言主题, 留言详情, 一级分类). */
	public static List<ClassifierExample> examples(InputStream in) {
		return read(in, List.of(TITLE, CONTENT, CATEGORY)).stream()
			.filter(r -> !r.getOrDefault(CATEGORY, "").isBlank())
			.map(r -> new ClassifierExample(r.get(TITLE), r.get(CONTENT), r.get(CATEGORY).trim()))
			.toList();
	}

	private static void checkColumns(String[] header, List<String> required) {
		List<String> present = new ArrayList<>();
		for (String h : header) {
			present.add(h.trim());
		}
		List<String> missing = required.stream().filter(c -> !present.contains(c)).toList();
		if (!missing.isEmpty()) {
			throw new BadFileException("缺少列 " + String.join("、", missing) + " / missing columns "
					+ String.join(", ", missing) + " (需要 / required: " + String.join(",", required) + ")");
		}
	}

}
