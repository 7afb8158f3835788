package org.onedoor.appeals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Registers an appeal from a person-facing form together with its attachments, all or
 * nothing: the files are checked before anything is stored, and the appeal and its files are
 * stored in one transaction.
 */
@Service
class DeskIntake {

	private final Appeals appeals;

	private final AttachmentStore attachments;

	DeskIntake(Appeals appeals, AttachmentStore attachments) {
		this.appeals = appeals;
		this.attachments = attachments;
	}

	@Transactional
	RegisteredAppeal register(NewAppeal appeal, Actor actor, List<MultipartFile> files) {
		List<CheckedAttachment> checked = AttachmentPolicy.check(uploads(files));
		RegisteredAppeal registered = appeals.register(appeal, actor);
		checked.forEach(file -> attachments.add(registered.id(), file, actor.accountId()));
		return registered;
	}

	static List<AttachmentUpload> uploads(List<MultipartFile> files) {
		List<AttachmentUpload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file == null || file.isEmpty()) {
				continue;
			}
			if (file.getSize() > AttachmentPolicy.MAX_BYTES) {
				// refuse by the declared size without reading the whole upload into memory
				uploads.add(new AttachmentUpload(file.getOriginalFilename(), new byte[AttachmentPolicy.MAX_BYTES + 1]));
				continue;
			}
			try {
				uploads.add(new AttachmentUpload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

}
