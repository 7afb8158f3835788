package org.onedoor.applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What hangs off an application: uploaded materials, issued documents, notice items and the history. */
@Repository
class CaseFiles {

	record StoredMaterial(long id, String materialCode, String fileName, String contentType, int size,
			Instant uploadedAt) {
	}

	record MaterialContent(String fileName, String contentType, byte[] content) {
	}

	record NoticeItem(String materialCode, String materialName, String reason) {
	}

	record HistoryEntry(Instant occurredAt, String actor, String action, Integer stepPosition, String note) {
	}

	private final JdbcClient jdbc;

	CaseFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addMaterial(long application, String code, String fileName, String type, byte[] content) {
		jdbc.sql("""
				insert into applications.material(application_id, material_code, file_name, content_type, content)
				values (?, ?, ?, ?, ?)""").params(application, code, fileName, type, content).update();
	}

	void removeMaterial(long application, long materialId) {
		jdbc.sql("delete from applications.material where application_id = ? and id = ?").params(application, materialId)
			.update();
	}

	List<StoredMaterial> materials(long application) {
		return jdbc.sql("""
				select id, material_code, file_name, content_type, length(content) as size, uploaded_at
				from applications.material where application_id = ? order by material_code, id""")
			.param(application).query(StoredMaterial.class).list();
	}

	Optional<MaterialContent> material(long application, long materialId) {
		return jdbc.sql("""
				select file_name, content_type, content from applications.material where application_id = ? and id = ?""")
			.params(application, materialId).query(MaterialContent.class).optional();
	}

	void saveDocument(long application, DocumentKind kind, byte[] pdf) {
		jdbc.sql("insert into applications.document(application_id, kind, pdf) values (?, ?, ?)")
			.params(application, kind.name(), pdf).update();
	}

	Optional<byte[]> document(long application, DocumentKind kind) {
		return jdbc.sql("select pdf from applications.document where application_id = ? and kind = ?")
			.params(application, kind.name()).query(byte[].class).optional();
	}

	List<DocumentKind> documents(long application) {
		return jdbc.sql("select kind from applications.document where application_id = ? order by issued_at")
			.param(application).query(String.class).list().stream().map(DocumentKind::valueOf).toList();
	}

	void addNoticeItems(long application, List<NoticeItem> items) {
		for (NoticeItem item : items) {
			jdbc.sql("""
					insert into applications.notice_item(application_id, material_code, material_name, reason)
					values (?, ?, ?, ?)""").params(application, item.materialCode(), item.materialName(), item.reason())
				.update();
		}
	}

	List<NoticeItem> noticeItems(long application) {
		return jdbc.sql("""
				select material_code, material_name, reason from applications.notice_item where application_id = ? order by id""")
			.param(application).query(NoticeItem.class).list();
	}

	void log(long application, String actor, String action, Integer step, String note) {
		jdbc.sql("""
				insert into applications.history(application_id, actor, action, step_position, note)
				values (?, ?, ?, ?, ?)""").params(application, actor, action, step, note).update();
	}

	List<HistoryEntry> history(long application) {
		return jdbc.sql("""
				select occurred_at, actor, action, step_position, note from applications.history
				where application_id = ? order by id""").param(application).query(HistoryEntry.class).list();
	}

}
