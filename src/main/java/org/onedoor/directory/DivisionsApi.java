package org.onedoor.directory;

import java.util.List;
import java.util.Locale;

import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Divisions are public information: anyone (and any system) may look them up. */
@RestController
@RequestMapping("/api/divisions")
class DivisionsApi {

	private final DivisionQueries divisions;

	DivisionsApi(DivisionQueries divisions) {
		this.divisions = divisions;
	}

	@GetMapping
	DivisionPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		if (q != null && q.strip().length() > 50) {
			throw new InvalidInputException("q", "directory.search.tooLong", 50);
		}
		if (q != null && DivisionCode.digits(q.strip()) && q.strip().length() > 12) {
			throw new InvalidInputException("q", "directory.division.code.invalid", q);
		}
		if (page < 0 || page > 10_000) {
			throw new InvalidInputException("page", "error.parameter.invalid", "page");
		}
		if (size < 1 || size > DivisionQueries.MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "directory.search.size", DivisionQueries.MAX_PAGE_SIZE);
		}
		return divisions.search(q, level(level), page, size);
	}

	@GetMapping("/{code}")
	DivisionDetails division(@PathVariable String code) {
		DivisionCode parsed = DivisionCode.parse("code", code);
		Division division = existing(parsed);
		return new DivisionDetails(division.code(), division.name(), division.level(), division.parentCode(),
				division.fullName(), divisions.ancestors(parsed));
	}

	@GetMapping("/{code}/children")
	List<Division> children(@PathVariable String code) {
		DivisionCode parsed = DivisionCode.parse("code", code);
		existing(parsed);
		return divisions.children(parsed);
	}

	private Division existing(DivisionCode code) {
		return divisions.find(code).orElseThrow(() -> new NotFoundException("directory.division.notFound", code.value()));
	}

	static DivisionLevel level(String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return DivisionLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("level", "directory.division.level.invalid", level);
		}
	}

	/** A division with the chain above it, province first. */
	record DivisionDetails(String code, String name, DivisionLevel level, String parentCode, String fullName,
			List<Division> ancestors) {
	}

}
