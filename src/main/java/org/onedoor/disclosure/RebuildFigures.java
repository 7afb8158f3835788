package org.onedoor.disclosure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recomputes every figure from the appeals views in one transaction: after a bulk import, or
 * when demo data was written without events. Plain JDBC so the batch command and the server
 * share it; readers see the old figures until it commits.
 */
final class RebuildFigures {

	private RebuildFigures() {
	}

	/** @return the number of (unit, day) cells written */
	static int rebuild(Connection connection) throws SQLException {
		boolean auto = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement st = connection.createStatement()) {
			st.execute("lock table disclosure.unit_day, disclosure.volume_day in exclusive mode");
			st.executeUpdate("delete from disclosure.dirty_cell");
			st.executeUpdate("delete from disclosure.unit_day");
			st.executeUpdate("delete from disclosure.volume_day");
			st.executeUpdate("delete from disclosure.unit_step");
			st.executeUpdate(FigureSql.REFILL_STEPS);
			int cells = st.executeUpdate(FigureSql.rebuildUnits());
			st.executeUpdate(FigureSql.rebuildVolume());
			st.executeUpdate("delete from disclosure.channel_day");
			st.executeUpdate(FigureSql.CHANNEL_DAYS.formatted("true"));
			connection.commit();
			return cells;
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(auto);
		}
	}

}
