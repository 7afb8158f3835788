package org.onedoor.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Every version of every item as a JSON snapshot, so old versions stay viewable after edits. */
@Repository
class ItemVersions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ItemVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void keep(long itemId, int version, ItemDraft item, String note, String actor) {
		jdbc.sql("""
				insert into catalogue.item_version(item_id, version, snapshot, note, changed_by)
				values (?, ?, cast(? as jsonb), ?, ?)""")
			.params(itemId, version, json.writeValueAsString(item), note, actor)
			.update();
	}

	List<VersionEntry> list(long itemId) {
		return jdbc.sql("""
				select version, note, changed_by, changed_at from catalogue.item_version
				where item_id = ? order by version desc""")
			.param(itemId)
			.query((rs, n) -> new VersionEntry(rs.getInt("version"), rs.getString("note"), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	Optional<ItemDraft> find(long itemId, int version) {
		return jdbc.sql("select snapshot::text from catalogue.item_version where item_id = ? and version = ?")
			.params(itemId, version)
			.query(String.class)
			.optional()
			.map(text -> json.readValue(text, ItemDraft.class));
	}

	/** One line of an item's history. */
	record VersionEntry(int version, String note, String changedBy, Instant changedAt) {
	}

}
