package org.onedoor.appeals.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --rebuild-indexes}, for a maintenance window: inside the import's one transaction the
 * secondary indexes of the two tables the move writes to are dropped and then built again from
 * their saved definitions, each in one sorted pass, instead of being written row by row at random
 * places (at ten million appeals those writes read index pages from disk for most of the move).
 * Primary keys and unique indexes stay: the move's conflict rule needs the tracking number's.
 * DDL is transactional in PostgreSQL, so any failure rolls back to the indexes as they were.
 *
 * <p>Dropping an index takes an exclusive lock on its table, which stops all appeal traffic until
 * the import commits. So the tables are locked first, with a lock timeout: with a running app
 * holding them the import fails fast instead of queueing (and queueing the app behind it).
 */
final class IndexRebuild {

	static final String DEFAULT_LOCK_TIMEOUT = "5s";

	private static final Pattern LOCK_TIMEOUT = Pattern.compile("\\d{1,7}(ms|s|min)");

	/** PostgreSQL's lock_not_available: the lock timeout ran out. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	// each build sorts its keys in memory (10 M keys of an appeal index take a few hundred MB);
	// SET LOCAL, so only this transaction gets it
	private static final String BUILD_MEMORY = "1GB";

	// non-unique, valid, in the default tablespace, backing no constraint: what can be dropped and
	// recreated from pg_indexes.indexdef (which names no tablespace). Partial indexes stay: they
	// hold the few rows an import rarely brings (merged, replied, returned ...), so they cost the
	// move little, and a predicate's text does not always survive a round trip (an IN list over
	// varchar comes back with its casts moved), which would change the definition.
	private static final String SECONDARY = """
			select format('drop index %I.%I', i.schemaname, i.indexname), i.indexdef, i.indexname,
			    case when d.description is not null
			        then format('comment on index %I.%I is %L', i.schemaname, i.indexname, d.description) end
			from pg_indexes i
			join pg_index x on x.indexrelid = format('%I.%I', i.schemaname, i.indexname)::regclass
			left join pg_description d on d.objoid = x.indexrelid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
			where i.schemaname = 'appeals' and i.tablename in ('appeal', 'appeal_transition')
			  and not x.indisunique and x.indisvalid and x.indpred is null and i.tablespace is null
			  and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
			order by i.tablename, i.indexname""";

	private record Index(String drop, String create, String name, String comment) {
	}

	private final Connection db;

	private final List<Index> dropped = new ArrayList<>();

	private IndexRebuild(Connection db) {
		this.db = db;
	}

	static boolean validLockTimeout(String timeout) {
		return LOCK_TIMEOUT.matcher(timeout).matches();
	}

	/**
	 * Takes both tables for the rest of the caller's transaction.
	 * @throws TablesInUse when another session holds them for longer than {@code lockTimeout}
	 */
	static IndexRebuild lockTables(Connection db, String lockTimeout) throws SQLException {
		if (!validLockTimeout(lockTimeout)) {
			throw new IllegalArgumentException("bad lock timeout: " + lockTimeout);
		}
		try (Statement sql = db.createStatement()) {
			sql.execute("set local lock_timeout = '" + lockTimeout + "'");
			sql.execute("set local maintenance_work_mem = '" + BUILD_MEMORY + "'");
			sql.execute("lock table appeals.appeal, appeals.appeal_transition in access exclusive mode");
		}
		catch (SQLException ex) {
			if (LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
				throw new TablesInUse(lockTimeout, ex);
			}
			throw ex;
		}
		return new IndexRebuild(db);
	}

	/** @return how many indexes were dropped */
	int dropSecondaryIndexes() throws SQLException {
		try (Statement sql = db.createStatement(); var rows = sql.executeQuery(SECONDARY)) {
			while (rows.next()) {
				dropped.add(new Index(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
			}
		}
		try (Statement sql = db.createStatement()) {
			for (Index index : dropped) {
				sql.execute(index.drop());
			}
		}
		return dropped.size();
	}

	/**
	 * Builds every dropped index again from its saved definition (and comment), then reads the
	 * definitions back: one that came out different fails the import, so it rolls back.
	 */
	void rebuild() throws SQLException {
		try (Statement sql = db.createStatement()) {
			for (Index index : dropped) {
				sql.execute(index.create());
				if (index.comment() != null) {
					sql.execute(index.comment());
				}
			}
		}
		try (var read = db.prepareStatement("select indexdef from pg_indexes where schemaname = 'appeals' and indexname = ?")) {
			for (Index index : dropped) {
				read.setString(1, index.name());
				try (var rows = read.executeQuery()) {
					if (!rows.next() || !rows.getString(1).equals(index.create())) {
						throw new SQLException("索引 %s 重建后定义不同，已撤销导入 / index %s came out different after the rebuild: import rolled back"
							.formatted(index.name(), index.name()));
					}
				}
			}
		}
	}

	/** Another session (a running app) holds the tables: nothing was changed. */
	static final class TablesInUse extends SQLException {

		TablesInUse(String lockTimeout, SQLException cause) {
			super(("appeals.appeal 正被其他会话使用（应用是否仍在运行？），%s 内未能独占；请在维护窗口停止应用后重试，"
					+ "或不加 --rebuild-indexes 导入。未导入任何数据 / appeals.appeal is in use by another session "
					+ "(is the app still running?) and could not be taken within %s; stop the app for the maintenance "
					+ "window and try again, or import without --rebuild-indexes. Nothing imported")
				.formatted(lockTimeout, lockTimeout), LOCK_NOT_AVAILABLE, cause);
		}

	}

}
