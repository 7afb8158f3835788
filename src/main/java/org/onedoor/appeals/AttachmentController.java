package org.onedoor.appeals;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpSession;
import org.onedoor.audit.AuditLog;
import org.onedoor.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves an attachment only to someone who may see its appeal (staff, the citizen, or a
 * tracked session); to anyone else it does not exist. Images open inline, PDFs download, and
 * nosniff keeps browsers from second-guessing the type decided at upload.
 */
@Controller
class AttachmentController {

	private final AttachmentStore store;

	private final DeskQueries queries;

	private final DeskAccess access;

	private final AuditLog audit;

	AttachmentController(AttachmentStore store, DeskQueries queries, DeskAccess access, AuditLog audit) {
		this.store = store;
		this.queries = queries;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/appeals/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, HttpSession session) {
		AttachmentStore.Stored file = store.find(id)
			.filter(f -> queries.byId(f.appealId()).filter(a -> access.mayView(a, session)).isPresent())
			.orElseThrow(() -> new NotFoundException("appeals.desk.attachment.notFound"));
		if (DeskAccess.isStaff()) {
			audit.record("appeals.attachment.view", "appeal", Long.toString(file.appealId()), file.filename());
		}
		boolean image = file.mediaType().startsWith("image/");
		ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.filename(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

}
