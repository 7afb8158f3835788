package org.onedoor.catalogue;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** 减环节、砍材料 per unit and overall, from the ledger and the published items. */
@Service
class ReformReport {

	private final JdbcClient jdbc;

	private final Items items;

	ReformReport(JdbcClient jdbc, Items items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	/** One row per unit that has published items or removals, most removals first. */
	List<ReformFigures> byUnit() {
		List<Row> rows = jdbc.sql("""
				with units as (
				  select unit_code from catalogue.item where published
				  union select unit_code from catalogue.reform),
				counts as (
				  select i.unit_code, count(*) items,
				    sum((select count(*) from catalogue.material m where m.item_id = i.id)) materials
				  from catalogue.item i where i.published group by i.unit_code),
				removed as (
				  select unit_code, count(*) filter (where kind = 'STEP') steps,
				    count(*) filter (where kind = 'MATERIAL') materials
				  from catalogue.reform group by unit_code)
				select u.unit_code, coalesce(c.items, 0) items, coalesce(c.materials, 0) materials,
				  coalesce(r.steps, 0) steps_removed, coalesce(r.materials, 0) materials_removed
				from units u left join counts c on c.unit_code = u.unit_code left join removed r on r.unit_code = u.unit_code
				order by coalesce(r.steps, 0) + coalesce(r.materials, 0) desc, u.unit_code""")
			.query(Row.class)
			.list();
		Map<String, String> names = items.unitNames(rows.stream().map(Row::unitCode).toList());
		return rows.stream()
			.map(r -> new ReformFigures(r.unitCode(), names.get(r.unitCode()), r.items(), r.materials(), r.stepsRemoved(),
					r.materialsRemoved()))
			.toList();
	}

	private record Row(String unitCode, int items, int materials, int stepsRemoved, int materialsRemoved) {
	}

}
