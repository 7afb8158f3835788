package org.onedoor.catalogue;

import java.util.Map;

import org.apache.tika.Tika;
import org.onedoor.shared.InvalidInputException;

/**
 * What may be uploaded as a blank form or sample: PDF, Word (DOCX) and images (JPEG, PNG), at
 * most {@value #MAX_BYTES} bytes. The type is what the content is (Apache Tika reads the bytes),
 * never what the name or the browser claims; the stored name gets the real type's extension.
 */
final class DocumentPolicy {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final Tika TIKA = new Tika();

	private static final Map<String, String> EXTENSIONS = Map.of("application/pdf", "pdf", FormDocx.CONTENT_TYPE,
			"docx", "image/jpeg", "jpg", "image/png", "png");

	private DocumentPolicy() {
	}

	/** The checked content type and a safe filename ending in its extension. */
	static Checked check(String originalName, byte[] bytes, String materialName) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("file", "catalogue.upload.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("file", "catalogue.upload.tooBig", MAX_BYTES / 1024 / 1024);
		}
		// the name helps Tika tell a DOCX from any other ZIP; the bytes must still be a ZIP package
		String type = TIKA.detect(bytes, originalName == null ? "" : originalName);
		if (!EXTENSIONS.containsKey(type)) {
			throw new InvalidInputException("file", "catalogue.upload.type");
		}
		String stem = materialName.replaceAll("[^\\p{L}\\p{N}（）() ._-]", "_");
		return new Checked(type, stem + "." + EXTENSIONS.get(type));
	}

	record Checked(String contentType, String filename) {
	}

}
