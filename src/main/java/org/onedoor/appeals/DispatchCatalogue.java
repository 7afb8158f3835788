package org.onedoor.appeals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 派单目录: category × division → lead unit and co-units. A row for 城乡建设 (01) in 贵阳市 (5201)
 * covers every district unless a row for a sub-category (0110 住房) or a district (520102 南明区)
 * is more specific; the most specific category wins first, then the deepest division.
 */
@Service
class DispatchCatalogue {

	/** One row as administrators edit it. */
	record Entry(long id, String categoryCode, String categoryName, String divisionPrefix, String leadUnitCode,
			List<String> coUnitCodes) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditLog audit;

	DispatchCatalogue(JdbcClient jdbc, Directory directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/** The entry for a category code (any level) and an appeal's division code (may be null). */
	Optional<Entry> lookup(String categoryCode, String divisionCode) {
		if (categoryCode == null) {
			return Optional.empty();
		}
		String place = DivisionPrefix.of(divisionCode);
		return jdbc.sql(SELECT + """
				where cast(? as text) like d.category_code || '%' and cast(? as text) like d.division_prefix || '%'
				order by length(d.category_code) desc, length(d.division_prefix) desc limit 1""")
			.params(categoryCode, place)
			.query(DispatchCatalogue::entry)
			.optional();
	}

	List<Entry> entries() {
		return jdbc.sql(SELECT + " order by d.category_code, d.division_prefix").query(DispatchCatalogue::entry).list();
	}

	@Transactional
	void save(String categoryCode, String divisionCode, String leadUnitCode, String coUnitCodes) {
		String category = categoryCode == null ? "" : categoryCode.strip();
		if (jdbc.sql("select count(*) from appeals.category where code = ?").param(category).query(Integer.class)
			.single() == 0) {
			throw new InvalidInputException("categoryCode", "appeals.routing.catalogue.category.unknown", category);
		}
		String division = divisionCode == null ? "" : divisionCode.strip();
		if (directory.findDivision(division).isEmpty()) {
			throw new InvalidInputException("divisionCode", "appeals.routing.catalogue.division.unknown", division);
		}
		String lead = unit("leadUnitCode", leadUnitCode);
		List<String> co = Arrays.stream((coUnitCodes == null ? "" : coUnitCodes).split("[,，\\s]+"))
			.filter(c -> !c.isBlank())
			.map(c -> unit("coUnitCodes", c))
			.filter(c -> !c.equals(lead))
			.distinct()
			.toList();
		if (co.size() > DispatchAppeal.MAX_CO_UNITS) {
			throw new InvalidInputException("coUnitCodes", "appeals.work.coUnits.tooMany", DispatchAppeal.MAX_CO_UNITS);
		}
		String prefix = DivisionPrefix.of(division);
		jdbc.sql("""
				insert into appeals.dispatch_catalogue(category_code, division_prefix, lead_unit_code, co_unit_codes)
				values (?, ?, ?, ?)
				on conflict (category_code, division_prefix) do update set lead_unit_code = excluded.lead_unit_code,
				  co_unit_codes = excluded.co_unit_codes""")
			.params(category, prefix, lead, String.join(",", co))
			.update();
		audit.record("appeals.dispatch-catalogue.saved", "dispatch-catalogue", category + "@" + prefix,
				lead + (co.isEmpty() ? "" : " + " + String.join(",", co)));
	}

	@Transactional
	void remove(long id) {
		Entry entry = jdbc.sql(SELECT + " where d.id = ?").param(id).query(DispatchCatalogue::entry).optional()
			.orElseThrow(() -> new InvalidInputException("id", "appeals.routing.catalogue.unknown", id));
		jdbc.sql("delete from appeals.dispatch_catalogue where id = ?").param(id).update();
		audit.record("appeals.dispatch-catalogue.removed", "dispatch-catalogue",
				entry.categoryCode() + "@" + entry.divisionPrefix(), entry.leadUnitCode());
	}

	private String unit(String field, String code) {
		String c = code == null ? "" : code.strip();
		return directory.findUnitByCode(c)
			.filter(org.onedoor.directory.Unit::active)
			.map(org.onedoor.directory.Unit::code)
			.orElseThrow(() -> new InvalidInputException(field, "appeals.routing.catalogue.unit.unknown", c));
	}

	private static final String SELECT = """
			select d.id, d.category_code, c.name, d.division_prefix, d.lead_unit_code, d.co_unit_codes
			from appeals.dispatch_catalogue d join appeals.category c on c.code = d.category_code
			""";

	private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String co = rs.getString(6);
		return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				co.isEmpty() ? List.of() : List.of(co.split(",")));
	}

}
