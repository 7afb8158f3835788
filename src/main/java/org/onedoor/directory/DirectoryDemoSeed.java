package org.onedoor.directory;

import java.io.InputStream;
import java.sql.Connection;

import javax.sql.DataSource;

import org.onedoor.shared.DemoSeed;
import org.postgresql.PGConnection;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo government units of 贵州省, 贵阳市, 南明区 and 修文县 (directory/demo/units.csv), with
 * stable codes other modules' seeds refer to (GZ-SFT, GY-12345, GY-CGJ, NM-ZJJ, GY-XFJ,
 * XW-LC-ZX, XW-LC-XZ ...). Parents are given by code and resolved after the rows are in.
 */
@Component
class DirectoryDemoSeed implements DemoSeed {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	DirectoryDemoSeed(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "directory.units";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void seed() {
		jdbc.sql("""
				create temp table stage_unit (code text, parent text, kind text, division text, name text,
				    phone text, address text, duties text) on commit drop""").update();
		copyDemoUnits();
		jdbc.sql("""
				insert into directory.unit (code, name, kind, division_code, duties, phone, address)
				select code, name, kind, division, duties, phone, address from stage_unit""").update();
		jdbc.sql("""
				update directory.unit u set parent_id = p.id
				from stage_unit s join directory.unit p on p.code = s.parent
				where u.code = s.code""").update();
	}

	/** Uses the seed's own transaction-bound connection, so the rows commit with the seed record. */
	private void copyDemoUnits() {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (InputStream csv = new ClassPathResource("directory/demo/units.csv").getInputStream()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy stage_unit from stdin (format csv, header true, encoding 'UTF8')", csv);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not load the demo units", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
