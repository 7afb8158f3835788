package org.onedoor.appeals.intel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a hot-topic input file with the columns of the message-board export
 * ({@code 留言编号,留言用户,留言主题,留言时间,留言详情,反对数,点赞数}; order free, 反对数 and extra
 * columns ignored). Any problem is one {@link HotspotInputException} that says, in Chinese and
 * English, what is wrong and where.
 */
final class HotspotCsv {

	static final List<String> REQUIRED = List.of("留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "点赞数");

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
			DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm"),
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ISO_LOCAL_DATE_TIME);

	private HotspotCsv() {
	}

	static List<HotspotMessage> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new HotspotInputException("找不到输入文件 " + file, "input file not found: " + file);
		}
		List<HotspotMessage> out = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file);
				MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(in)) {
			if (!lines.hasNextValue()) {
				throw new HotspotInputException("输入文件是空的", "the input file is empty");
			}
			List<String> header = Arrays.stream(lines.nextValue()).map(h -> h.replace("\uFEFF", "").strip()).toList();
			int[] at = new int[REQUIRED.size()];
			for (int i = 0; i < at.length; i++) {
				at[i] = header.indexOf(REQUIRED.get(i));
				if (at[i] < 0) {
					throw new HotspotInputException("缺少列 " + REQUIRED.get(i) + "（需要 " + String.join(",", REQUIRED) + "）",
							"missing column " + REQUIRED.get(i) + " (required: " + String.join(",", REQUIRED) + ")");
				}
			}
			int line = 1;
			while (lines.hasNextValue()) {
				String[] c = lines.nextValue();
				line++;
				if (c.length == 1 && c[0].isBlank()) {
					continue;
				}
				if (c.length < header.size()) {
					throw new HotspotInputException("第 " + line + " 条记录的列数不足", "record " + line + " has too few columns");
				}
				out.add(new HotspotMessage(c[at[0]].strip(), c[at[1]].strip(), c[at[2]], c[at[4]], time(c[at[3]], line),
						number(c[at[5]], line)));
			}
		}
		catch (IOException | JacksonException ex) {
			throw new HotspotInputException("无法读取输入文件（需要 UTF-8 编码的 CSV）：" + ex.getMessage(),
					"cannot read the input file (a UTF-8 CSV is expected): " + ex.getMessage());
		}
		if (out.isEmpty()) {
			throw new HotspotInputException("输入文件没有留言", "the input file has no messages");
		}
		return out;
	}

	private static LocalDateTime time(String value, int line) {
		String v = value.strip();
		for (DateTimeFormatter format : TIMES) {
			try {
				return LocalDateTime.parse(v, format);
			}
			catch (DateTimeParseException ignored) {
				// try the next format
			}
		}
		try {
			return LocalDate.parse(v).atStartOfDay();
		}
		catch (DateTimeParseException ex) {
			throw new HotspotInputException("第 " + line + " 条记录的留言时间无法识别：" + value,
					"record " + line + ": cannot read the time " + value);
		}
	}

	private static int number(String value, int line) {
		String v = value.strip();
		if (v.isEmpty()) {
			return 0;
		}
		try {
			return Integer.parseInt(v);
		}
		catch (NumberFormatException ex) {
			throw new HotspotInputException("第 " + line + " 条记录的点赞数不是整数：" + value,
					"record " + line + ": supports is not a whole number: " + value);
		}
	}

}
