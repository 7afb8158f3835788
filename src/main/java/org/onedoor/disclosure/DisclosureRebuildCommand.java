package org.onedoor.disclosure;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.onedoor.shared.cli.BatchCommand;

/**
 * {@code disclosure-rebuild --db=jdbc:postgresql://host/db [--user=postgres] [--password=]}:
 * recomputes every figure from the appeals views after a bulk import, in one transaction
 * (readers keep the old figures until it commits). Public only because the service loader
 * needs it; it uses the same SQL as the server.
 */
public final class DisclosureRebuildCommand implements BatchCommand {

	@Override
	public String name() {
		return "disclosure-rebuild";
	}

	@Override
	public String summary() {
		return "重算公示与考核数据 / recompute the disclosure figures: --db=jdbc:postgresql://host/db [--user=postgres] [--password=]";
	}

	@Override
	public int run(Map<String, String> options, PrintStream out, PrintStream err) {
		String url = options.get("db");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			err.println("请用 --db=jdbc:postgresql://主机/库 指定数据库 / give the database as --db=jdbc:postgresql://host/db");
			return 64;
		}
		long started = System.nanoTime();
		try (Connection c = connect(options)) {
			int cells = RebuildFigures.rebuild(c);
			out.printf("%d unit-day cells rebuilt in %.1f s%n", cells, (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (SQLException ex) {
			err.println("重算失败 / rebuild failed: " + ex.getMessage());
			return 70;
		}
	}

	static Connection connect(Map<String, String> options) throws SQLException {
		return DriverManager.getConnection(options.get("db"), options.getOrDefault("user", "postgres"),
				options.getOrDefault("password", ""));
	}

}
