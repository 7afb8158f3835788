package org.onedoor.appeals.reference;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The versions of all cached tables, read in one statement. Inside a transaction they are read
 * once and kept until it ends, so an intake asks the database once however many cached tables it
 * uses, and sees them all as of one moment. Kept per database connection of the transaction, so
 * a nested new transaction reads its own.
 */
@Component
class ReferenceVersions {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ReferenceVersions(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	long of(ReferenceKind kind) {
		Long version = current().get(kind.table());
		if (version == null) {
			throw new IllegalStateException("no row in appeals.reference_version for " + kind.table());
		}
		return version;
	}

	private Map<String, Long> current() {
		Object connection = TransactionSynchronizationManager.getResource(dataSource);
		if (connection == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return read();
		}
		@SuppressWarnings("unchecked")
		Map<String, Long> kept = (Map<String, Long>) TransactionSynchronizationManager.getResource(connection);
		if (kept != null) {
			return kept;
		}
		Map<String, Long> read = read();
		TransactionSynchronizationManager.bindResource(connection, read);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(connection);
			}
		});
		return read;
	}

	private Map<String, Long> read() {
		Map<String, Long> versions = new HashMap<>();
		jdbc.sql("select kind, version from appeals.reference_version").query(rs -> {
			versions.put(rs.getString(1), rs.getLong(2));
		});
		return versions;
	}

}
