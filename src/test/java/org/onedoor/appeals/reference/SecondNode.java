package org.onedoor.appeals.reference;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a second app node over the same database has: its own versions, copies and category tree. */
public final class SecondNode {

	public final ReferenceData reference;

	public final CategoryTable categories;

	public SecondNode(JdbcClient jdbc, DataSource dataSource) {
		this.reference = new ReferenceData(new ReferenceVersions(jdbc, dataSource));
		this.categories = new CategoryTable(jdbc, reference);
	}

}
