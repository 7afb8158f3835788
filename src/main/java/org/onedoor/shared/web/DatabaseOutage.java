package org.onedoor.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is gone (stopped, restarting, unreachable, out of connections) from a
 * bug: the first is worth a 503 and a retry, the second an incident. Error advice that catches
 * everything lets these pass, so the platform answers them the same way everywhere. SQLSTATE class 08 is a
 * connection failure, 57P a server shutting down or restarting.
 */
public final class DatabaseOutage {

	/**
	 * What HikariCP throws, without an SQLSTATE, when a library (Bucket4j's rate limits) uses a
	 * connection the pool has already closed as broken.
	 */
	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseOutage() {
	}

	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			// the rollback after a lost connection fails too and hides the first failure
			if (cause instanceof TransactionSystemException tx && (tx.getCause() instanceof SQLException
					|| tx.getApplicationException() != null && causedBy(tx.getApplicationException()))) {
				return true;
			}
			if (cause instanceof SQLException sql && (sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
					|| HIKARI_CLOSED.equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}

}
