package org.onedoor.appeals.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams checked rows into a temporary table with COPY, then moves them into the appeal table
 * in one statement: the tracking number decides, so a row already there (a re-run after a
 * failure) is skipped, never doubled. Each imported appeal gets one history line saying where it
 * came from. The caller owns the transaction.
 */
final class AppealCopy implements AutoCloseable {

	private static final String STAGING = "appeal_import";

	private final Connection connection;

	private final PGCopyOutputStream copy;

	private long rows;

	AppealCopy(Connection connection) throws SQLException {
		this.connection = connection;
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					create temporary table %s (tracking_number text, channel text, type text, title text, content text,
					    category_code text, division_code text, address text, citizen_name text, citizen_mobile text,
					    anonymous boolean, status text, registered_at timestamptz, closed_at timestamptz, reply text,
					    replied_at timestamptz) on commit drop""".formatted(STAGING));
		}
		this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
				"copy " + STAGING + " from stdin (format csv)", 1 << 20);
	}

	void add(HistoricalAppeal appeal) {
		write(copy, appeal.csvLine());
		rows++;
	}

	long staged() {
		return rows;
	}

	/** Every row is staged; the connection is free for other statements again. */
	void endCopy() throws SQLException {
		if (copy.isActive()) {
			copy.endCopy();
		}
	}

	/**
	 * In the file's order, not sorted: sorting whole rows by tracking number (so its unique index
	 * is appended to) spilled 11 GB to disk and took minutes at ten million rows, more than the
	 * random writes into that one index cost (docs/benchmarks.md, "Bulk import").
	 * @return how many appeals were new (the rest were already there)
	 */
	long moveIntoPlace(String actor) throws SQLException {
		endCopy();
		try (var move = connection.prepareStatement("""
				with moved as (
				    insert into appeals.appeal (tracking_number, channel, type, title, content, category_code, division_code,
				        address, citizen_name, citizen_mobile, anonymous, status, registered_at, accepted_at, closed_at,
				        reply, replied_at, updated_at)
				    select tracking_number, channel, type, title, content, category_code, division_code, address,
				        citizen_name, citizen_mobile, anonymous, status, registered_at,
				        case when status not in ('REGISTERED', 'DECLINED') then registered_at end, closed_at, reply,
				        replied_at, coalesce(closed_at, replied_at, registered_at)
				    from %s
				    on conflict (tracking_number) do nothing
				    returning id, status, registered_at)
				insert into appeals.appeal_transition (appeal_id, action, from_status, to_status, actor, reason, public,
				    occurred_at)
				select id, 'IMPORT', null, status, ?, '历史数据导入 / imported from the previous system', false, registered_at
				from moved""".formatted(STAGING))) {
			move.setString(1, actor);
			return move.executeUpdate();
		}
	}

	private static void write(OutputStream out, String text) {
		try {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ends the COPY without storing anything; the caller then rolls back (a COPY in progress holds the connection). */
	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

}
