package org.onedoor.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Blank forms and filled samples of materials, in the database so every node serves them. */
@Repository
class Documents {

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(long itemId, String materialCode, DocumentKind kind, String filename, String contentType, byte[] content,
			String actor) {
		jdbc.sql("""
				insert into catalogue.document(item_id, material_code, kind, filename, content_type, size, content, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (item_id, material_code, kind) do update set filename = excluded.filename,
				  content_type = excluded.content_type, size = excluded.size, content = excluded.content,
				  uploaded_by = excluded.uploaded_by, uploaded_at = now()""")
			.params(itemId, materialCode, kind.name(), filename, contentType, content.length, content, actor)
			.update();
	}

	Optional<Stored> get(long itemId, String materialCode, DocumentKind kind) {
		return jdbc.sql("""
				select filename, content_type, content from catalogue.document
				where item_id = ? and material_code = ? and kind = ?""")
			.params(itemId, materialCode, kind.name())
			.query((rs, n) -> new Stored(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	/** What files an item has: material code and kind, without the content. */
	List<Listed> list(long itemId) {
		return jdbc.sql("select material_code, kind, filename, size from catalogue.document where item_id = ?")
			.param(itemId)
			.query((rs, n) -> new Listed(rs.getString("material_code"), DocumentKind.valueOf(rs.getString("kind")),
					rs.getString("filename"), rs.getInt("size")))
			.list();
	}

	enum DocumentKind {

		BLANK, SAMPLE

	}

	record Stored(String filename, String contentType, byte[] content) {
	}

	record Listed(String materialCode, DocumentKind kind, String filename, int size) {
	}

}
