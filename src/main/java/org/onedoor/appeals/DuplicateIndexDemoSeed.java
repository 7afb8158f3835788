package org.onedoor.appeals;

import java.time.Instant;

import org.onedoor.shared.DemoSeed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo appeals are stored directly, not through intake; this indexes them for duplicate
 * matching, so an operator filing a matter the demo already has sees it suggested.
 */
@Component
class DuplicateIndexDemoSeed implements DemoSeed {

	private final JdbcClient jdbc;

	private final DuplicateCheck duplicates;

	DuplicateIndexDemoSeed(JdbcClient jdbc, DuplicateCheck duplicates) {
		this.jdbc = jdbc;
		this.duplicates = duplicates;
	}

	@Override
	public String name() {
		return "appeals.duplicate-index";
	}

	/** After the demo appeals (50). */
	@Override
	public int order() {
		return 55;
	}

	@Override
	@Transactional
	public void seed() {
		record Row(long id, String title, String content, Instant at) {
		}
		jdbc.sql("""
				select a.id, a.title, a.content, a.registered_at from appeals.appeal a
				where not exists (select 1 from appeals.duplicate_terms t where t.appeal_id = a.id) order by a.id""")
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list()
			.forEach(row -> duplicates.index(row.id(), row.title(), row.content(), row.at()));
	}

}
