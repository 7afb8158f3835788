package org.onedoor.directory;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask of the directory. */
@Service
public class Directory {

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Division> findDivision(String code) {
		return jdbc.sql("select code, name, level, parent_code, full_name from directory.division where code = ?")
			.param(code)
			.query(Division.class)
			.optional();
	}

	public Optional<Unit> findUnit(long id) {
		return jdbc.sql("select id, code, name, division_code, parent_id, active from directory.unit where id = ?")
			.param(id)
			.query(Unit.class)
			.optional();
	}

	public Optional<Unit> findUnitByCode(String code) {
		return jdbc.sql("select id, code, name, division_code, parent_id, active from directory.unit where code = ?")
			.param(code)
			.query(Unit.class)
			.optional();
	}

}
