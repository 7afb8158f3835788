package org.onedoor.directory;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads China's divisions (to township; Guizhou to village) as reference data every database
 * needs, production included. A Flyway migration rather than a start-up job: it runs exactly once
 * per database, under Flyway's lock, so two nodes starting together cannot load twice. PostgreSQL
 * reads the CSVs itself (COPY) into staging tables and normalises them in SQL, which takes a
 * couple of seconds for 62,663 rows instead of minutes of single inserts.
 */
@Component
class DivisionReferenceData implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(DivisionReferenceData.class);

	private static final String FOLDER = "directory/divisions/";

	/** Cities that are only statistical groupings; names below them skip them. */
	private static final String PSEUDO_CITIES = "('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2026.11.26.1102");
	}

	@Override
	public String getDescription() {
		return "division reference data";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		long started = System.nanoTime();
		Connection connection = context.getConnection();
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					create temp table stage_province (code text, name text) on commit drop;
					create temp table stage_city (code text, name text, province text) on commit drop;
					create temp table stage_county (code text, name text, city text, province text) on commit drop;
					create temp table stage_township (code text, name text, county text, province text, city text) on commit drop;
					create temp table stage_village (code text, name text, township text, province text, city text, county text) on commit drop""");
			load(copy, "stage_province", "provinces.csv");
			load(copy, "stage_city", "cities.csv");
			load(copy, "stage_county", "areas.csv");
			load(copy, "stage_township", "streets.csv");
			load(copy, "stage_village", "guizhou-villages.csv");
			sql.execute("""
					insert into directory.division (code, name, level, parent_code, full_name)
					select rpad(code, 12, '0'), name, 'PROVINCE', null, name from stage_province""");
			sql.execute("""
					insert into directory.division (code, name, level, parent_code, full_name)
					select rpad(c.code, 12, '0'), c.name, 'CITY', p.code,
					       case when c.name in %s then p.full_name || '（' || c.name || '）' else p.full_name || c.name end
					from stage_city c join directory.division p on p.code = rpad(c.province, 12, '0')""".formatted(PSEUDO_CITIES));
			sql.execute("""
					insert into directory.division (code, name, level, parent_code, full_name)
					select rpad(a.code, 12, '0'), a.name, 'COUNTY', c.code,
					       case when c.name in %s then p.full_name else c.full_name end || a.name
					from stage_county a
					join directory.division c on c.code = rpad(a.city, 12, '0')
					join directory.division p on p.code = c.parent_code
					where rpad(a.code, 12, '0') <> c.code""".formatted(PSEUDO_CITIES));
			sql.execute("""
					insert into directory.division (code, name, level, parent_code, full_name)
					select rpad(s.code, 12, '0'), s.name, 'TOWNSHIP', a.code, a.full_name || s.name
					from stage_township s join directory.division a on a.code = rpad(s.county, 12, '0')
					where rpad(s.code, 12, '0') <> a.code""");
			sql.execute("""
					insert into directory.division (code, name, level, parent_code, full_name)
					select v.code, v.name, 'VILLAGE', s.code, s.full_name || v.name
					from stage_village v join directory.division s on s.code = rpad(v.township, 12, '0')""");
			verifyNothingWasDropped(sql);
		}
		log.info("Loaded administrative divisions in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private static void load(CopyManager copy, String table, String file) throws Exception {
		try (InputStream csv = new ClassPathResource(FOLDER + file).getInputStream()) {
			copy.copyIn("copy " + table + " from stdin (format csv, header true, encoding 'UTF8')", csv);
		}
	}

	/**
	 * The joins above would silently skip a row whose parent is missing; refuse half a load. The
	 * only rows left out on purpose are the county entries of cities without counties (东莞市
	 * 441900, 中山市 442000, 儋州市 460400): their code is the city's own, and their townships
	 * hang directly under the city, as in the official tables; and the township entry 350527000
	 * of 金门县, which only repeats the county (the official tables list no townships there).
	 */
	private static void verifyNothingWasDropped(Statement sql) throws Exception {
		try (var rows = sql.executeQuery("""
				select (select count(*) from stage_province) + (select count(*) from stage_city)
				     + (select count(*) from stage_county) + (select count(*) from stage_township)
				     + (select count(*) from stage_village)
				     - (select count(*) from stage_county where rpad(code, 12, '0') = rpad(city, 12, '0'))
				     - (select count(*) from stage_township where rpad(code, 12, '0') = rpad(county, 12, '0')),
				       (select count(*) from directory.division)""")) {
			rows.next();
			if (rows.getLong(1) != rows.getLong(2)) {
				throw new IllegalStateException("Division data incomplete: " + rows.getLong(1) + " rows read, "
						+ rows.getLong(2) + " stored");
			}
		}
	}

}
