package org.onedoor.appeals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.Tika;

/**
 * Reads what a file really is. Tika decides the type from magic bytes only (no name is given
 * to it); then each type's structure is checked so that a valid header with something else
 * glued on (a JPEG+ZIP or PDF+HTML polyglot) or a tiny image that decompresses to gigabytes
 * is refused before anyone opens it.
 */
final class AttachmentContent {

	/** 40 megapixels and 12,000 pixels a side: far beyond any phone photo, far below a bomb. */
	static final long MAX_PIXELS = 40_000_000L;

	static final int MAX_SIDE = 12_000;

	private static final Tika TIKA = new Tika();

	private AttachmentContent() {
	}

	static String detect(byte[] bytes) {
		try {
			return TIKA.detect(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			return "application/octet-stream";
		}
	}

	static boolean wellFormed(String type, byte[] b) {
		return switch (type) {
			case "image/jpeg" -> endsWith(trimZeros(b), new byte[] { (byte) 0xFF, (byte) 0xD9 }) && dimensionsOk(b);
			case "image/png" -> endsWith(b, new byte[] { 'I', 'E', 'N', 'D', (byte) 0xAE, 'B', 0x60, (byte) 0x82 })
					&& dimensionsOk(b);
			case "image/webp" -> webpOk(b);
			case "application/pdf" -> pdfOk(b);
			default -> false;
		};
	}

	/** Reads the size from the header only; nothing is decoded. */
	private static boolean dimensionsOk(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return sizeOk(reader.getWidth(0), reader.getHeight(0));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	static boolean sizeOk(long width, long height) {
		return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE && width * height <= MAX_PIXELS;
	}

	/** RIFF length must match the file, and the first chunk (VP8, VP8L or VP8X) gives the size. */
	private static boolean webpOk(byte[] b) {
		if (b.length < 30) {
			return false;
		}
		long riff = le(b, 4, 4);
		if (riff + 8 != b.length && riff + 9 != b.length) {
			return false;
		}
		String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
		return switch (chunk) {
			case "VP8X" -> sizeOk(le(b, 24, 3) + 1, le(b, 27, 3) + 1);
			case "VP8L" -> sizeOk((le(b, 21, 2) & 0x3FFF) + 1, ((le(b, 22, 3) >> 6) & 0x3FFF) + 1);
			case "VP8 " -> sizeOk(le(b, 26, 2) & 0x3FFF, le(b, 28, 2) & 0x3FFF);
			default -> false;
		};
	}

	/**
	 * A PDF starts with its header at byte 0, ends with %%EOF, and carries no scripts, launch
	 * actions or embedded files: what a citizen's scan or letter never needs.
	 */
	private static boolean pdfOk(byte[] b) {
		String head = new String(b, 0, Math.min(b.length, 5), StandardCharsets.US_ASCII);
		String tail = new String(b, Math.max(0, b.length - 1024), Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
		if (!head.equals("%PDF-") || !tail.contains("%%EOF")) {
			return false;
		}
		String all = new String(b, StandardCharsets.ISO_8859_1);
		return !all.contains("/JavaScript") && !all.contains("/JS") && !all.contains("/Launch")
				&& !all.contains("/EmbeddedFile") && !all.contains("<html") && !all.contains("<script");
	}

	private static byte[] trimZeros(byte[] b) {
		int end = b.length;
		while (end > 0 && b[end - 1] == 0 && b.length - end < 1024) {
			end--;
		}
		return end == b.length ? b : java.util.Arrays.copyOf(b, end);
	}

	private static boolean endsWith(byte[] b, byte[] suffix) {
		if (b.length < suffix.length) {
			return false;
		}
		for (int i = 0; i < suffix.length; i++) {
			if (b[b.length - suffix.length + i] != suffix[i]) {
				return false;
			}
		}
		return true;
	}

	private static long le(byte[] b, int offset, int length) {
		long value = 0;
		for (int i = length - 1; i >= 0; i--) {
			value = (value << 8) | (b[offset + i] & 0xFF);
		}
		return value;
	}

}
