package org.onedoor.appeals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onedoor.shared.InvalidInputException;

/**
 * What may be attached to an appeal: photos (JPEG, PNG, WebP) and PDF, at most
 * {@link #MAX_FILES} files of at most {@link #MAX_BYTES} each. The type is what the content
 * says ({@link AttachmentContent}), never the name or the browser's claim; the stored name
 * is cleaned and gets the extension of the real type.
 */
final class AttachmentPolicy {

	static final int MAX_FILES = 5;

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
			"image/webp", "webp", "application/pdf", "pdf");

	private AttachmentPolicy() {
	}

	static List<CheckedAttachment> check(List<AttachmentUpload> uploads) {
		List<AttachmentUpload> real = uploads.stream().filter(u -> u.bytes() != null && u.bytes().length > 0).toList();
		if (real.size() > MAX_FILES) {
			throw new InvalidInputException("attachments", "appeals.desk.attachment.tooMany", MAX_FILES);
		}
		List<CheckedAttachment> checked = new ArrayList<>();
		for (AttachmentUpload upload : real) {
			String shown = filename(upload.originalName(), "file");
			if (upload.bytes().length > MAX_BYTES) {
				throw new InvalidInputException("attachments", "appeals.desk.attachment.tooBig", shown,
						MAX_BYTES / 1024 / 1024);
			}
			String type = AttachmentContent.detect(upload.bytes());
			if (!EXTENSIONS.containsKey(type)) {
				throw new InvalidInputException("attachments", "appeals.desk.attachment.type", shown);
			}
			if (!AttachmentContent.wellFormed(type, upload.bytes())) {
				throw new InvalidInputException("attachments", "appeals.desk.attachment.unsafe", shown);
			}
			checked.add(new CheckedAttachment(filename(upload.originalName(), EXTENSIONS.get(type)), type,
					upload.bytes()));
		}
		return checked;
	}

	/**
	 * Keeps letters (Chinese too), digits, spaces, dots, hyphens and underscores of the last
	 * path segment, at most 80 characters, and ends it with the extension of the real type.
	 */
	static String filename(String original, String extension) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		stem = stem.replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("^[. ]+", "").strip();
		if (stem.codePointCount(0, stem.length()) > 80) {
			stem = stem.substring(0, stem.offsetByCodePoints(0, 80));
		}
		if (stem.isEmpty()) {
			stem = "attachment";
		}
		return stem + "." + extension.toLowerCase(Locale.ROOT);
	}

}
