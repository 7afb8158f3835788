package org.onedoor.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of the directory. Division codes are the official 12 digits;
 * a malformed code is bad input (400), an unknown one simply has no children or ancestors.
 */
@Service
public class Directory {

	private final JdbcClient jdbc;

	private final DivisionQueries divisions;

	private final UnitRepository units;

	Directory(JdbcClient jdbc, DivisionQueries divisions, UnitRepository units) {
		this.jdbc = jdbc;
		this.divisions = divisions;
		this.units = units;
	}

	public Optional<Division> findDivision(String code) {
		return jdbc.sql("select code, name, level, parent_code, full_name from directory.division where code = ?")
			.param(code)
			.query(Division.class)
			.optional();
	}

	public Optional<Unit> findUnit(long id) {
		return jdbc.sql("select id, code, name, division_code, parent_id, active from directory.unit where id = ?")
			.param(id)
			.query(Unit.class)
			.optional();
	}

	/** Unit names by id, in one query (a timeline names the unit of each step); unknown ids are left out. */
	public Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select id, name from directory.unit where id = any(?)")
				.params((Object) ids.toArray(Long[]::new))
				.query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		return names;
	}

	public Optional<Unit> findUnitByCode(String code) {
		return jdbc.sql("select id, code, name, division_code, parent_id, active from directory.unit where code = ?")
			.param(code)
			.query(Unit.class)
			.optional();
	}

	/** The divisions directly below, by code. */
	public List<Division> children(String code) {
		return divisions.children(DivisionCode.parse("code", code));
	}

	/** The enclosing divisions, province first, not including the division itself. */
	public List<Division> ancestors(String code) {
		return divisions.ancestors(DivisionCode.parse("code", code));
	}

	/** Whether {@code code} is {@code ancestorCode} or lies inside it; pure code arithmetic. */
	public boolean isWithin(String code, String ancestorCode) {
		return DivisionCode.parse("code", code).isWithin(DivisionCode.parse("ancestorCode", ancestorCode));
	}

	/** Name part or code prefix, paged; see {@code GET /api/divisions}. */
	public DivisionPage searchDivisions(String query, DivisionLevel level, int page, int size) {
		return divisions.search(query, level, Math.max(page, 0), Math.max(1, Math.min(size, DivisionQueries.MAX_PAGE_SIZE)));
	}

	/** The active units of exactly this division (not of the divisions below it). */
	public List<Unit> unitsAt(String divisionCode) {
		return units.at(DivisionCode.parse("divisionCode", divisionCode));
	}

	/** The units this one answers to, nearest first: where supervision escalates. */
	public List<Unit> supervisionChain(long unitId) {
		return units.chainAbove(unitId);
	}

	/** Units whose name contains the text, active first; at most {@code limit}. */
	public List<Unit> findUnitsByName(String text, int limit) {
		return text == null || text.isBlank() ? List.of() : units.named(text, Math.max(1, Math.min(limit, 200)));
	}

	/**
	 * Every division of the given level inside {@code code} (the division itself when it has that
	 * level), in code order: a range scan on the primary key, for reports over the whole tree.
	 */
	public List<Division> divisionsWithin(String code, DivisionLevel level) {
		return divisions.within(DivisionCode.parse("code", code), level);
	}

	/** All public details of a unit: kind, level, duties, phone, address. */
	public Optional<UnitProfile> findUnitProfile(long id) {
		return units.profile(id);
	}

}
