package org.onedoor.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A form as a Word file (Apache POI XWPF): title, the implementing unit, a two-column table of
 * fields. The blank form leaves the values empty; the sample fills them and says it is a sample.
 */
final class FormDocx {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private FormDocx() {
	}

	static byte[] blank(String title, String unitName, Map<String, String> fields) {
		return write(title, unitName, fields, false);
	}

	static byte[] sample(String title, String unitName, Map<String, String> fields) {
		return write(title, unitName, fields, true);
	}

	private static byte[] write(String title, String unitName, Map<String, String> fields, boolean sample) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (sample) {
				paragraph(doc, "示例样表（仅供填写参考，请勿直接提交）", 10, true, ParagraphAlignment.RIGHT).setColor("C00000");
			}
			paragraph(doc, title, 18, true, ParagraphAlignment.CENTER);
			paragraph(doc, "受理单位：" + unitName, 11, false, ParagraphAlignment.LEFT);
			XWPFTable table = doc.createTable(fields.size(), 2);
			table.setWidth("100%");
			int row = 0;
			for (Map.Entry<String, String> field : fields.entrySet()) {
				XWPFTableRow r = table.getRow(row++);
				cell(r, 0, field.getKey(), true);
				cell(r, 1, sample ? field.getValue() : "", false);
			}
			paragraph(doc, "本人承诺以上填写内容及所附材料真实有效，如有虚假，愿承担相应法律责任。", 10, false, ParagraphAlignment.LEFT);
			paragraph(doc, "申请人（签名）：" + (sample ? fields.getOrDefault("申请人签名", "") : "") + "        日期：    年  月  日", 11,
					false, ParagraphAlignment.LEFT);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static XWPFRun paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		return run(p, text, size, bold);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
		run(p, text, 11, bold);
	}

	private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		// Word picks a CJK face only when the East Asian font is named
		run.setFontFamily("宋体", FontCharRange.eastAsia);
		return run;
	}

}
