package org.onedoor.applications;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.onedoor.audit.AuditLog;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Letters (PDF) and uploaded materials of one application, for the applicant and the staff handling it. */
@RestController
class CaseFilesController {

	private final CurrentUser current;

	private final ApplicationStore store;

	private final ApplicationAccess access;

	private final CaseFiles files;

	private final AuditLog audit;

	CaseFilesController(CurrentUser current, ApplicationStore store, ApplicationAccess access, CaseFiles files,
			AuditLog audit) {
		this.current = current;
		this.store = store;
		this.access = access;
		this.files = files;
		this.audit = audit;
	}

	@GetMapping("/hall/my/{number}/documents/{kind}")
	ResponseEntity<byte[]> document(@PathVariable String number, @PathVariable String kind) {
		Application a = readable(number);
		DocumentKind which = java.util.Arrays.stream(DocumentKind.values())
			.filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
			.orElseThrow(() -> new NotFoundException("applications.document.notFound", kind));
		byte[] pdf = files.document(a.id(), which)
			.orElseThrow(() -> new NotFoundException("applications.document.notFound", kind));
		return file(pdf, MediaType.APPLICATION_PDF_VALUE, number + "-" + which.name().toLowerCase(Locale.ROOT) + ".pdf");
	}

	@GetMapping("/hall/my/{number}/materials/{id}")
	ResponseEntity<byte[]> material(@PathVariable String number, @PathVariable long id) {
		Application a = readable(number);
		CaseFiles.MaterialContent content = files.material(a.id(), id)
			.orElseThrow(() -> new NotFoundException("applications.document.notFound", id));
		if (!access.isApplicant(a, current.require())) {
			audit.record("personal-data.revealed", "application", number, "material " + id);
		}
		return file(content.content(), content.contentType(), content.fileName());
	}

	private Application readable(String number) {
		SignedIn me = current.require();
		return access.readable(store.find(number), number, me);
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
