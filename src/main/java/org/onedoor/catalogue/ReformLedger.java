package org.onedoor.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reform ledger (减环节、砍材料台账): one row per removed step or material. */
@Repository
class ReformLedger {

	private final JdbcClient jdbc;

	ReformLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long itemId, String unitCode, String kind, String name, ReformReason reason, String note,
			LocalDate on, String actor, int version) {
		jdbc.sql("""
				insert into catalogue.reform(item_id, unit_code, kind, name, reason, note, removed_on, removed_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(itemId, unitCode, kind, name, reason.name(), note == null ? "" : note.strip(), on, actor, version)
			.update();
	}

	List<Entry> entries(String unitCode, int limit) {
		return jdbc.sql("""
				select r.id, i.code, i.name item_name, r.unit_code, r.kind, r.name, r.reason, r.note, r.removed_on,
				  r.removed_by, r.version
				from catalogue.reform r join catalogue.item i on i.id = r.item_id
				where (cast(:unit as varchar) is null or r.unit_code = :unit)
				order by r.removed_on desc, r.id desc limit :limit""")
			.param("unit", unitCode)
			.param("limit", limit)
			.query(Entry.class)
			.list();
	}

	/** One removal as the ledger page lists it. */
	record Entry(long id, String code, String itemName, String unitCode, String kind, String name, String reason,
			String note, LocalDate removedOn, String removedBy, int version) {
	}

}
