package org.onedoor.applications;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onedoor.applications.Letters.Letter;

import static org.assertj.core.api.Assertions.assertThat;

/** Letters render Chinese, digits and Latin letters that a reader can extract again. */
class LettersTests {

	@Test
	void chineseAndLatinSurviveTheRoundTrip() throws Exception {
		byte[] pdf = new Letters().render(new Letter("受理通知书",
				List.of("编号：SB20261126000123", "王大妈：", "你提交的“律师执业许可”申请，决定予以受理。".repeat(4)),
				"https://onedoor.example/hall/track?number=SB20261126000123"));
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("受理通知书", "SB20261126000123", "律师执业许可");
			assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(1);
		}
	}

}
