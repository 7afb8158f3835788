package org.onedoor.applications;

import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;
import org.onedoor.shared.InvalidInputException;

/**
 * What may be uploaded as a material: PDF, JPEG or PNG scans of at most 10 MB. The type is
 * read from the content by Tika (as appeals do for attachments), never from the name; the kept
 * name is cleaned and carries the real type's extension.
 */
final class MaterialPolicy {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_FILES_PER_MATERIAL = 5;

	private static final Tika TIKA = new Tika();

	private static final Map<String, String> TYPES = Map.of("application/pdf", "pdf", "image/jpeg", "jpg", "image/png",
			"png");

	private MaterialPolicy() {
	}

	/** The content type, or a 400 naming the file. */
	static String check(String originalName, byte[] bytes) {
		String shown = originalName == null ? "" : originalName;
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("file", "applications.material.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("file", "applications.material.tooBig", shown, MAX_BYTES / 1024 / 1024);
		}
		String type = TIKA.detect(bytes);
		if (!TYPES.containsKey(type)) {
			throw new InvalidInputException("file", "applications.material.type", shown);
		}
		return type;
	}

	static String storedName(String originalName, String type) {
		String base = originalName == null ? "" : originalName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^\\p{L}\\p{N}_-]", "_");
		if (base.isBlank()) {
			base = "material";
		}
		return (base.length() > 60 ? base.substring(0, 60) : base) + "." + TYPES.get(type).toLowerCase(Locale.ROOT);
	}

}
