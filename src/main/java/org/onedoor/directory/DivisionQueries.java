package org.onedoor.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads divisions. They are reference data: nothing in the product writes them. */
@Repository
class DivisionQueries {

	static final int MAX_PAGE_SIZE = 100;

	private static final String COLUMNS = "select code, name, level, parent_code, full_name from directory.division ";

	private static final String LEVEL_ORDER = """
			case level when 'PROVINCE' then 0 when 'CITY' then 1 when 'COUNTY' then 2 when 'TOWNSHIP' then 3 else 4 end""";

	private final JdbcClient jdbc;

	DivisionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Division> find(DivisionCode code) {
		return jdbc.sql(COLUMNS + "where code = ?").param(code.value()).query(Division.class).optional();
	}

	List<Division> provinces() {
		return jdbc.sql(COLUMNS + "where parent_code is null order by code").query(Division.class).list();
	}

	List<Division> children(DivisionCode code) {
		return jdbc.sql(COLUMNS + "where parent_code = ? order by code").param(code.value()).query(Division.class).list();
	}

	/** Province first, the division itself not included. */
	List<Division> ancestors(DivisionCode code) {
		List<String> codes = code.ancestors().stream().map(DivisionCode::value).toList();
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + "where code in (:codes) order by code").param("codes", codes).query(Division.class).list();
	}

	/**
	 * Digits search by code prefix (a range scan on the primary key); anything else is a part of
	 * the name (the trigram index, or the character-pair index for two characters). Higher levels come first: 南明 finds 南明区 before its streets.
	 */
	DivisionPage search(String query, DivisionLevel level, int page, int size) {
		String q = query == null ? "" : query.strip();
		StringBuilder where = new StringBuilder("where true");
		var params = new java.util.HashMap<String, Object>();
		if (DivisionCode.digits(q) && q.length() > 12) {
			return new DivisionPage(List.of(), page, size, 0);
		}
		if (!q.isEmpty() && DivisionCode.digits(q)) {
			String[] range = DivisionCode.prefixRange(q);
			where.append(" and code between :low and :high");
			params.put("low", range[0]);
			params.put("high", range[1]);
		}
		else if (!q.isEmpty()) {
			where.append(" and name like :name escape '\\'");
			params.put("name", "%" + UnitRepository.likeEscaped(q) + "%");
			if (q.codePointCount(0, q.length()) == 2) {
				// trigrams cannot serve two characters; the character-pair index (V2026_11_26_1104)
				// can. Longer texts stay with trigrams: evaluating pairs for every hit costs more.
				where.append(" and directory.name_bigrams(name) @> directory.name_bigrams(:text)");
				params.put("text", q);
			}
		}
		if (level != null) {
			where.append(" and level = :level");
			params.put("level", level.name());
		}
		long total = jdbc.sql("select count(*) from directory.division " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Division> items = jdbc.sql(COLUMNS + where + " order by " + LEVEL_ORDER + ", code limit :size offset :offset")
			.params(params)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(Division.class)
			.list();
		return new DivisionPage(items, page, size, total);
	}

	List<Division> within(DivisionCode code, DivisionLevel level) {
		String[] range = DivisionCode.prefixRange(code.significant());
		return jdbc.sql(COLUMNS + "where code between ? and ? and level = ? order by code")
			.params(range[0], range[1], level.name())
			.query(Division.class)
			.list();
	}

	long count(DivisionLevel level, DivisionCode within) {
		String[] range = DivisionCode.prefixRange(within.significant());
		return jdbc.sql("select count(*) from directory.division where level = ? and code between ? and ?")
			.params(level.name(), range[0], range[1])
			.query(Long.class)
			.single();
	}

}
