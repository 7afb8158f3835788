package org.onedoor.oversight;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask of oversight. */
@Service
public class Oversight {

	private final JdbcClient jdbc;

	Oversight(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When the appeal's current unit stage went overdue, or empty when it is not overdue. */
	public Optional<Instant> overdueSince(long appealId) {
		return jdbc.sql("select overdue_since from oversight.stage_clock where appeal_id = ? and open")
			.param(appealId)
			.query(Instant.class)
			.optional()
			.filter(java.util.Objects::nonNull);
	}

	/** How many oversight notices the staff member has not read yet. */
	public int unreadNotices(long accountId) {
		return jdbc.sql("select count(*) from oversight.notice where account_id = ? and read_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

}
