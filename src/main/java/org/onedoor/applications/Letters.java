package org.onedoor.applications;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import org.springframework.stereotype.Component;

/**
 * Writes the letters an applicant receives as PDF (PDFBox): a title, numbered paragraphs and a
 * QR code (ZXing) that opens the tracking page. Droid Sans Fallback (Apache-2.0, TrueType) is
 * embedded as a subset, so Chinese shows on any reader; it has no Latin letters, so runs of
 * characters it lacks are set in the standard Helvetica. Parsing the font once saves ~100 ms per
 * letter; PDFBox fonts are not thread-safe, hence one letter at a time.
 */
@Component
class Letters {

	/** A letter: title, the lines of its body, and the address its QR code leads to. */
	record Letter(String title, List<String> lines, String qrText) {
	}

	private static final float MARGIN = 56;

	private static final float SIZE = 11;

	private static final float LEADING = 18;

	private final TrueTypeFont font;

	Letters() {
		try (InputStream in = Letters.class.getResourceAsStream("/applications/fonts/DroidSansFallback.ttf")) {
			this.font = new TTFParser().parse(new RandomAccessReadBuffer(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized byte[] render(Letter letter) {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Fonts fonts = new Fonts(PDType0Font.load(pdf, font, true));
			PDPage page = new PDPage(PDRectangle.A4);
			pdf.addPage(page);
			pdf.getDocumentInformation().setTitle(letter.title());
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
				float y = PDRectangle.A4.getHeight() - MARGIN - 10;
				float titleWidth = fonts.width(letter.title(), 18);
				write(text, fonts, 18, (PDRectangle.A4.getWidth() - titleWidth) / 2, y, letter.title());
				y -= 40;
				for (String line : letter.lines()) {
					for (String part : fonts.wrap(line, width)) {
						write(text, fonts, SIZE, MARGIN, y, part);
						y -= LEADING;
					}
				}
				if (letter.qrText() != null) {
					var image = LosslessFactory.createFromImage(pdf, qr(letter.qrText()));
					text.drawImage(image, PDRectangle.A4.getWidth() - MARGIN - 110, MARGIN, 110, 110);
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(PDPageContentStream stream, Fonts fonts, float size, float x, float y, String s)
			throws IOException {
		stream.beginText();
		stream.newLineAtOffset(x, y);
		for (Run run : fonts.runs(s)) {
			stream.setFont(run.font(), size);
			stream.showText(run.text());
		}
		stream.endText();
	}

	private record Run(PDFont font, String text) {
	}

	/** The embedded CJK font for what it covers, Helvetica for the rest (digits, Latin letters). */
	private final class Fonts {

		private final PDType0Font cjk;

		private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		Fonts(PDType0Font cjk) {
			this.cjk = cjk;
		}

		List<Run> runs(String s) throws IOException {
			List<Run> runs = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			PDFont currentFont = null;
			for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
				int cp = s.codePointAt(i);
				PDFont f = font.getUnicodeCmapLookup().getGlyphId(cp) > 0 ? cjk : latin;
				if (f != currentFont && current.length() > 0) {
					runs.add(new Run(currentFont, current.toString()));
					current.setLength(0);
				}
				currentFont = f;
				current.appendCodePoint(f == latin && cp > 0xFF ? '?' : cp);
			}
			if (current.length() > 0) {
				runs.add(new Run(currentFont, current.toString()));
			}
			return runs;
		}

		float width(String s, float size) throws IOException {
			float width = 0;
			for (Run run : runs(s)) {
				width += run.font().getStringWidth(run.text()) / 1000 * size;
			}
			return width;
		}

		/** Breaks at any character: Chinese has no spaces to break at. */
		List<String> wrap(String line, float width) throws IOException {
			List<String> parts = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
				String next = new String(Character.toChars(line.codePointAt(i)));
				if (current.length() > 0 && width(current + next, SIZE) > width) {
					parts.add(current.toString());
					current.setLength(0);
				}
				current.append(next);
			}
			parts.add(current.toString());
			return parts;
		}

	}

	private static BufferedImage qr(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 220, 220,
					Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.CHARACTER_SET, "UTF-8"));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return image;
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("text too long for a QR code", ex);
		}
	}

}
