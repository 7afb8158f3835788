package org.onedoor.appeals;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attachments in PostgreSQL (bytea): every node serves them, backups include them. */
@Repository
class AttachmentStore {

	/** A stored file without its content, for lists. */
	record Listed(long id, long appealId, String filename, String mediaType, int sizeBytes) {
	}

	/** A stored file with its content, for download. */
	record Stored(long id, long appealId, String filename, String mediaType, byte[] content) {
	}

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long appealId, CheckedAttachment file, Long uploadedBy) {
		jdbc.sql("""
				insert into appeals.attachment(appeal_id, filename, media_type, size_bytes, sha256, content,
				    uploaded_by_account_id) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(appealId, file.filename(), file.mediaType(), file.bytes().length, sha256(file.bytes()), file.bytes(),
					uploadedBy)
			.update();
	}

	List<Listed> of(long appealId) {
		return jdbc.sql("select id, appeal_id, filename, media_type, size_bytes from appeals.attachment "
				+ "where appeal_id = ? order by id").param(appealId).query(Listed.class).list();
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select id, appeal_id, filename, media_type, content from appeals.attachment where id = ?")
			.param(id)
			.query(Stored.class)
			.optional();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
