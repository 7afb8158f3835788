package org.onedoor.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table of figures as a download: CSV (UTF-8 with a BOM, so Excel opens Chinese correctly,
 * RFC 4180 quoting) or an Excel workbook (Apache POI). The first row names each column.
 * Numbers stay numbers in Excel; an empty rate ("—" on the page) is an empty cell.
 */
record FigureTable(String sheetName, List<String> header, List<List<Object>> rows) {

	byte[] csv() {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, header.stream().map(h -> (Object) h).toList());
		rows.forEach(row -> line(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String text = cells.get(i) == null ? "" : cells.get(i).toString();
			if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				text = '"' + text.replace("\"", "\"\"") + '"';
			}
			out.append(text);
		}
		out.append("\r\n");
	}

	byte[] xlsx() {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(sheetName);
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				top.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = rows.get(r);
				for (int i = 0; i < cells.size(); i++) {
					Object v = cells.get(i);
					if (v instanceof Number n) {
						row.createCell(i).setCellValue(n.doubleValue());
					}
					else if (v != null) {
						row.createCell(i).setCellValue(v.toString());
					}
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setColumnWidth(0, 30 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
