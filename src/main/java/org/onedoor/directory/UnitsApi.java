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

/** Who does what where: the active government units, public like a telephone book. */
@RestController
@RequestMapping("/api/units")
class UnitsApi {

	static final int LIMIT = 200;

	private final UnitRepository units;

	private final DivisionQueries divisions;

	UnitsApi(UnitRepository units, DivisionQueries divisions) {
		this.units = units;
		this.divisions = divisions;
	}

	/** Units in the division or below it, optionally of a kind and with a name containing {@code q}. */
	@GetMapping
	List<UnitProfile> find(@RequestParam(required = false) String division, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind) {
		DivisionCode code = null;
		if (division != null && !division.isBlank()) {
			code = DivisionCode.parse("division", division);
			if (divisions.find(code).isEmpty()) {
				throw new NotFoundException("directory.division.notFound", code.value());
			}
		}
		if (q != null && q.strip().length() > 50) {
			throw new InvalidInputException("q", "directory.search.tooLong", 50);
		}
		return units.find(new UnitCriteria(code, kind(kind), q, true), LIMIT);
	}

	@GetMapping("/{id}")
	UnitProfile unit(@PathVariable long id) {
		return units.profile(id).orElseThrow(() -> new NotFoundException("directory.unit.notFound", id));
	}

	static UnitKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return UnitKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "directory.unit.kind.invalid", kind);
		}
	}

}
