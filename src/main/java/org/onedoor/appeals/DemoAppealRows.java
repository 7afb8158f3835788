package org.onedoor.appeals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import org.springframework.core.io.ClassPathResource;

/**
 * The real messages the demo appeals are made of (appeals/demo/demo-appeals.csv, see
 * appeals/PROVENANCE.md): masked place names already replaced by places in 贵阳市, a category,
 * a unit code, and for most the official reply with how many days it took.
 */
final class DemoAppealRows {

	static final String FILE = "appeals/demo/demo-appeals.csv";

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	/** One message; channel is empty when the source did not say, reply empty when there was none. */
	record Row(String source, String sourceId, AppealType type, String channel, String category, String district,
			String unit, String title, String content, String reply, Double replyDays) {

		boolean hasReply() {
			return reply != null && !reply.isBlank();
		}

	}

	private DemoAppealRows() {
	}

	static List<Row> read() {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = new ClassPathResource(FILE).getInputStream();
				MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(in)) {
			boolean header = true;
			while (lines.hasNextValue()) {
				String[] c = lines.nextValue();
				if (header) {
					header = false;
					continue;
				}
				rows.add(new Row(c[0], c[1], AppealType.valueOf(c[2]), c[3], c[4], c[5], c[6], c[7], c[8], c[9],
						c[10].isBlank() ? null : Double.valueOf(c[10])));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + FILE, ex);
		}
		return rows;
	}

}
