package org.onedoor.network;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV import in two steps: upload shows every row with its problems and stores nothing; the
 * preview carries the file's text to the confirmation, which checks it all again and stores
 * all rows in one transaction or none.
 */
@Controller
@RequestMapping("/console/network/import")
@PreAuthorize("hasRole('ADMIN')")
class PointImportController {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private final CheckPoint check;

	private final PointStore store;

	private final PointAdministration administration;

	PointImportController(CheckPoint check, PointStore store, PointAdministration administration) {
		this.check = check;
		this.store = store;
		this.administration = administration;
	}

	@GetMapping
	String upload() {
		return "network/import";
	}

	@PostMapping("/preview")
	String preview(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "network.import.empty");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new InvalidInputException("file", "network.import.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		String text = utf8(file.getBytes());
		PointImport.Preview preview = PointImport.read(text, check, store);
		if (!preview.acceptable()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("csv", text);
		model.addAttribute("fileName", file.getOriginalFilename());
		return "network/import-preview";
	}

	@PostMapping
	String confirm(@RequestParam(defaultValue = "") String csv, RedirectAttributes flash) {
		int stored = administration.importAll(csv);
		flash.addFlashAttribute("imported", stored);
		return "redirect:/console/network/points";
	}

	/** Spreadsheet programs save Chinese CSV in GBK unless told otherwise; say so instead of storing mojibake. */
	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "network.import.notUtf8");
		}
	}

}
