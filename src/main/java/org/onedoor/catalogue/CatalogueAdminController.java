package org.onedoor.catalogue;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onedoor.audit.AuditLog;
import org.onedoor.catalogue.Documents.DocumentKind;
import org.onedoor.catalogue.ItemQueries.Filter;
import org.onedoor.catalogue.ItemQueries.ItemRow;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administering items (ADMIN; UNIT_HEAD for their unit): the list with the legal-basis flag,
 * one item with its history, publishing, removing steps and materials into the reform ledger,
 * and uploading blank forms and samples.
 */
@Controller
class CatalogueAdminController {

	private final Items items;

	private final ItemQueries queries;

	private final ItemVersions versions;

	private final EditItem edit;

	private final RemoveFromItem remove;

	private final Documents documents;

	private final ItemAccess access;

	private final AuditLog audit;

	private final Clock clock;

	CatalogueAdminController(Items items, ItemQueries queries, ItemVersions versions, EditItem edit,
			RemoveFromItem remove, Documents documents, ItemAccess access, AuditLog audit, Clock clock) {
		this.items = items;
		this.queries = queries;
		this.versions = versions;
		this.edit = edit;
		this.remove = remove;
		this.documents = documents;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/console/catalogue")
	String list(@RequestParam(defaultValue = "false") boolean flagged, Model model) {
		Filter filter = new Filter(access.scope(), null, false, flagged);
		List<ItemRow> rows = queries.rows(filter, 0, 500);
		model.addAttribute("rows", rows);
		model.addAttribute("flagged", flagged);
		model.addAttribute("unitNames", items.unitNames(rows.stream().map(ItemRow::unitCode).toList()));
		return "catalogue/admin/list";
	}

	@GetMapping("/console/catalogue/items/{code}")
	String item(@PathVariable String code, Model model) {
		ItemSheet sheet = items.any(code);
		access.requireFor(sheet.item().unitCode());
		model.addAttribute("sheet", sheet);
		model.addAttribute("item", sheet.item());
		model.addAttribute("withoutBasis", sheet.withoutLegalBasis());
		model.addAttribute("versions", versions.list(sheet.id()));
		model.addAttribute("files", documents.list(sheet.id()));
		model.addAttribute("reasons", ReformReason.values());
		return "catalogue/admin/item";
	}

	@GetMapping("/console/catalogue/items/{code}/versions/{version}")
	String version(@PathVariable String code, @PathVariable int version, Model model) {
		ItemSheet sheet = items.any(code);
		access.requireFor(sheet.item().unitCode());
		ItemDraft old = versions.find(sheet.id(), version)
			.orElseThrow(() -> new NotFoundException("catalogue.version.notFound", version));
		model.addAttribute("sheet", sheet);
		model.addAttribute("item", old);
		model.addAttribute("version", version);
		model.addAttribute("withoutBasis", LegalBasisCheck.missing(old));
		return "catalogue/admin/version";
	}

	@PostMapping("/console/catalogue/items/{code}/publish")
	String publish(@PathVariable String code, @RequestParam int version, @RequestParam boolean published) {
		String actor = access.requireFor(items.any(code).item().unitCode());
		edit.publish(code, version, published, actor);
		return "redirect:/console/catalogue/items/" + code;
	}

	@PostMapping("/console/catalogue/items/{code}/materials/{material}/remove")
	String removeMaterial(@PathVariable String code, @PathVariable String material, @RequestParam int version,
			@RequestParam String reason, @RequestParam(defaultValue = "") String note) {
		String actor = access.requireFor(items.any(code).item().unitCode());
		remove.removeMaterial(code, version, material, ReformReason.parse(reason), note, LocalDate.now(clock), actor);
		return "redirect:/console/catalogue/items/" + code;
	}

	@PostMapping("/console/catalogue/items/{code}/steps/{position}/remove")
	String removeStep(@PathVariable String code, @PathVariable int position, @RequestParam int version,
			@RequestParam String reason, @RequestParam(defaultValue = "") String note) {
		String actor = access.requireFor(items.any(code).item().unitCode());
		remove.removeStep(code, version, position, ReformReason.parse(reason), note, LocalDate.now(clock), actor);
		return "redirect:/console/catalogue/items/" + code;
	}

	@PostMapping("/console/catalogue/items/{code}/materials/{material}/documents")
	String upload(@PathVariable String code, @PathVariable String material, @RequestParam String kind,
			@RequestParam("file") MultipartFile file) throws IOException {
		ItemSheet sheet = items.any(code);
		String actor = access.requireFor(sheet.item().unitCode());
		ItemDraft.MaterialDraft target = sheet.item().materials().stream().filter(m -> m.code().equals(material))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("material", "catalogue.invalid.noSuchMaterial", material));
		DocumentKind documentKind = "SAMPLE".equals(kind) ? DocumentKind.SAMPLE : DocumentKind.BLANK;
		DocumentPolicy.Checked checked = DocumentPolicy.check(file.getOriginalFilename(), file.getBytes(),
				target.name() + (documentKind == DocumentKind.SAMPLE ? "（示例样表）" : "（空白表格）"));
		documents.put(sheet.id(), material, documentKind, checked.filename(), checked.contentType(), file.getBytes(),
				actor);
		audit.recordAs(actor, "catalogue.document.uploaded", "catalogue-item", code,
				material + " " + documentKind + " " + checked.filename());
		return "redirect:/console/catalogue/items/" + code;
	}

}
