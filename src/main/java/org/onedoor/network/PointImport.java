package org.onedoor.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a CSV of points (a header row naming the columns in Chinese or English, then one point
 * per row), checks every row like the form does, and says what would be stored. Nothing is
 * stored unless every row is right: a half-imported network is worse than none.
 */
final class PointImport {

	static final int MAX_ROWS = 20_000;

	/** Column name (Chinese or English) → form field. */
	static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("名称", "name"), Map.entry("name", "name"),
			Map.entry("区划代码", "divisionCode"), Map.entry("division_code", "divisionCode"),
			Map.entry("单位代码", "unitCode"), Map.entry("unit_code", "unitCode"), Map.entry("地址", "address"),
			Map.entry("address", "address"), Map.entry("纬度", "latitude"), Map.entry("latitude", "latitude"),
			Map.entry("经度", "longitude"), Map.entry("longitude", "longitude"), Map.entry("电话", "phone"),
			Map.entry("phone", "phone"), Map.entry("办公时间", "hours"), Map.entry("hours", "hours"),
			Map.entry("自助终端", "terminals"), Map.entry("terminals", "terminals"), Map.entry("帮办代办", "agentService"),
			Map.entry("agent_service", "agentService"), Map.entry("事项", "items"), Map.entry("items", "items"));

	private static final Set<String> REQUIRED = Set.of("name", "divisionCode", "address", "hours");

	private static final Set<String> YES = Set.of("是", "有", "1", "true", "yes", "y");

	private static final Set<String> NO = Set.of("", "否", "无", "0", "false", "no", "n");

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	private PointImport() {
	}

	/** One row: its line in the file, what it says, and what is wrong with it. */
	record Row(int line, PointForm form, PointDraft draft, List<Problem> problems) {
	}

	/** The whole file: problems of the file itself (no header, a missing column) and each row. */
	record Preview(List<Problem> fileProblems, List<Row> rows) {

		public boolean acceptable() {
			return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
		}

		public int problemCount() {
			return fileProblems.size() + rows.stream().mapToInt(r -> r.problems().size()).sum();
		}

		List<PointDraft> drafts() {
			return rows.stream().map(Row::draft).toList();
		}

	}

	static Preview read(String text, CheckPoint check, PointStore store) {
		List<Row> rows = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return new Preview(List.of(new Problem("file", "network.import.empty")), rows);
		}
		try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(text.replace("\uFEFF", ""))) {
			String[] fields = header(lines.nextValue());
			List<Problem> missing = REQUIRED.stream().filter(f -> !Arrays.asList(fields).contains(f)).sorted()
				.map(f -> new Problem("file", "network.import.missingColumn", f)).toList();
			if (!missing.isEmpty()) {
				return new Preview(missing, rows);
			}
			Set<String> seen = new HashSet<>();
			int line = 1;
			while (lines.hasNextValue()) {
				line++;
				String[] cells = lines.nextValue();
				if (Arrays.stream(cells).allMatch(String::isBlank)) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					return new Preview(List.of(new Problem("file", "network.import.tooMany", MAX_ROWS)), rows);
				}
				rows.add(row(line, fields, cells, check, store, seen));
			}
		}
		catch (JacksonException ex) {
			return new Preview(List.of(new Problem("file", "network.import.unreadable")), rows);
		}
		return new Preview(List.of(), rows);
	}

	private static Row row(int line, String[] fields, String[] cells, CheckPoint check, PointStore store, Set<String> seen) {
		PointForm form = new PointForm();
		List<Problem> problems = new ArrayList<>();
		form.setTerminals("0");
		for (int i = 0; i < fields.length && i < cells.length; i++) {
			set(form, fields[i], cells[i].strip(), problems);
		}
		CheckPoint.Result result = check.check(form);
		problems.addAll(result.problems());
		PointDraft draft = result.draft();
		if (draft != null) {
			if (!seen.add(draft.division().code() + "|" + draft.name())) {
				problems.add(new Problem("name", "network.import.twice", draft.name()));
			}
			else if (store.exists(draft.division().code(), draft.name(), null)) {
				problems.add(new Problem("name", "network.point.duplicate", draft.name()));
			}
		}
		return new Row(line, form, problems.isEmpty() ? draft : null, List.copyOf(problems));
	}

	private static String[] header(String[] names) {
		return Arrays.stream(names).map(n -> COLUMNS.getOrDefault(n.strip().toLowerCase(java.util.Locale.ROOT), ""))
			.toArray(String[]::new);
	}

	private static void set(PointForm form, String field, String value, List<Problem> problems) {
		switch (field) {
			case "name" -> form.setName(value);
			case "divisionCode" -> form.setDivisionCode(value);
			case "unitCode" -> form.setUnitCode(value);
			case "address" -> form.setAddress(value);
			case "latitude" -> form.setLatitude(value);
			case "longitude" -> form.setLongitude(value);
			case "phone" -> form.setPhone(value);
			case "hours" -> form.setHours(value);
			case "terminals" -> form.setTerminals(value);
			case "agentService" -> {
				String v = value.toLowerCase(java.util.Locale.ROOT);
				form.setAgentService(YES.contains(v));
				if (!YES.contains(v) && !NO.contains(v)) {
					problems.add(new Problem("agentService", "network.agent.invalid", value));
				}
			}
			case "items" -> form.setItems(value);
			default -> { } // a column the import does not know is ignored
		}
	}

}
