package org.onedoor.catalogue;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of items for browsing, the API and administration, one row each with its figures. */
@Repository
class ItemQueries {

	private static final String ROW = """
			select i.id, i.code, i.name, i.kind, i.unit_code, i.statutory_days, i.promised_days, i.online,
			  i.visits_in_person, i.published, i.version,
			  (select count(*) from catalogue.material m where m.item_id = i.id) materials,
			  (select count(*) from catalogue.material m where m.item_id = i.id and m.legal_basis = '')
			  + (select count(*) from catalogue.step s where s.item_id = i.id and s.legal_basis = '') without_basis,
			  exists (select 1 from catalogue.item_fee f where f.item_id = i.id and f.amount > 0) charged
			from catalogue.item i
			""";

	private final JdbcClient jdbc;

	ItemQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Items of a filter, by name; {@code null} filter parts match everything. */
	List<ItemRow> rows(Filter f, int offset, int limit) {
		return jdbc.sql(ROW + Filter.WHERE + " order by i.name, i.code offset :offset limit :limit")
			.params(f.params())
			.param("offset", offset)
			.param("limit", limit)
			.query(ItemRow.class)
			.list();
	}

	int count(Filter f) {
		return jdbc.sql("select count(*) from catalogue.item i " + Filter.WHERE).params(f.params()).query(Integer.class)
			.single();
	}

	/** Rows of the given ids, in the given order (search results). */
	List<ItemRow> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ItemRow> found = jdbc.sql(ROW + " where i.id in (:ids)").param("ids", ids).query(ItemRow.class).list();
		return ids.stream().flatMap(id -> found.stream().filter(r -> r.id() == id)).toList();
	}

	/** Units with published items and how many, most first. */
	List<UnitCount> units() {
		return jdbc.sql("""
				select unit_code, count(*) items from catalogue.item where published
				group by unit_code order by count(*) desc, unit_code""").query(UnitCount.class).list();
	}

	/** Life events with published items and how many. */
	List<EventCount> events() {
		return jdbc.sql("""
				select e event, count(*) items from catalogue.item, unnest(life_events) e where published
				group by e""").query(EventCount.class).list();
	}

	/** An item as listed: what a citizen compares at a glance, and the flag administrators act on. */
	record ItemRow(long id, String code, String name, String kind, String unitCode, int statutoryDays,
			int promisedDays, boolean online, int visitsInPerson, boolean published, int version, int materials,
			int withoutBasis, boolean charged) {

		public boolean flagged() {
			return withoutBasis > 0;
		}

	}

	record UnitCount(String unitCode, int items) {
	}

	record EventCount(String event, int items) {
	}

	/**
	 * @param publishedOnly false for administrators, who also see drafts
	 * @param flaggedOnly only items asking for something without a legal basis
	 */
	record Filter(String unitCode, String event, boolean publishedOnly, boolean flaggedOnly) {

		static final String WHERE = """
				where (:published = false or i.published)
				  and (cast(:unit as varchar) is null or i.unit_code = :unit)
				  and (cast(:event as varchar) is null or :event = any(i.life_events))
				  and (:flagged = false or exists (select 1 from catalogue.material m where m.item_id = i.id and m.legal_basis = '')
				       or exists (select 1 from catalogue.step s where s.item_id = i.id and s.legal_basis = ''))
				""";

		java.util.Map<String, Object> params() {
			java.util.Map<String, Object> p = new java.util.HashMap<>();
			p.put("published", publishedOnly);
			p.put("unit", unitCode);
			p.put("event", event);
			p.put("flagged", flaggedOnly);
			return p;
		}

	}

}
