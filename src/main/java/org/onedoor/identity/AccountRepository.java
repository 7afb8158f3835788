package org.onedoor.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts and their roles in the {@code identity} schema. Every change checks the version it
 * was read with, so two administrators editing the same account cannot overwrite each other.
 */
@Repository
class AccountRepository {

	private static final String SELECT = """
			select a.id, a.kind, a.username, a.mobile, a.display_name, a.password_hash, a.unit_id, a.enabled,
			       a.must_change_password, a.created_at, a.version,
			       coalesce((select string_agg(r.role, ',') from identity.account_role r where r.account_id = a.id), '') as roles
			from identity.account a
			""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccountRecord> findById(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AccountRepository::map).optional();
	}

	List<AccountRecord> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where a.id in (:ids) order by a.id").param("ids", ids).query(AccountRepository::map).list();
	}

	List<AccountRecord> findStaffOfUnit(long unitId) {
		return jdbc.sql(SELECT + " where a.kind = 'STAFF' and a.enabled and a.unit_id = ? order by a.display_name")
			.param(unitId)
			.query(AccountRepository::map)
			.list();
	}

	Optional<AccountRecord> findByUsername(String username) {
		return jdbc.sql(SELECT + " where a.username = ?").param(username).query(AccountRepository::map).optional();
	}

	Optional<AccountRecord> findByMobile(String mobile) {
		return jdbc.sql(SELECT + " where a.mobile = ?").param(mobile).query(AccountRepository::map).optional();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from identity.account where username = ?").param(username).query(Long.class).single() > 0;
	}

	boolean mobileTaken(String mobile) {
		return jdbc.sql("select count(*) from identity.account where mobile = ?").param(mobile).query(Long.class).single() > 0;
	}

	long insertCitizen(String mobile, String displayName, String passwordHash) {
		long id = jdbc.sql("""
				insert into identity.account(kind, mobile, display_name, password_hash)
				values ('CITIZEN', ?, ?, ?) returning id""")
			.params(mobile, displayName, passwordHash)
			.query(Long.class)
			.single();
		replaceRoles(id, Set.of(Role.CITIZEN));
		return id;
	}

	long insertStaff(String username, String displayName, String passwordHash, long unitId, Set<Role> roles,
			boolean mustChangePassword) {
		long id = jdbc.sql("""
				insert into identity.account(kind, username, display_name, password_hash, unit_id, must_change_password)
				values ('STAFF', ?, ?, ?, ?, ?) returning id""")
			.params(username, displayName, passwordHash, unitId, mustChangePassword)
			.query(Long.class)
			.single();
		replaceRoles(id, roles);
		return id;
	}

	/** Replaces the roles of the account read at {@code version}. */
	void updateRoles(long id, int version, Set<Role> roles) {
		bumpVersion(id, version);
		replaceRoles(id, roles);
	}

	void updateUnit(long id, int version, long unitId) {
		checked(jdbc.sql("update identity.account set unit_id = ?, version = version + 1 where id = ? and version = ?")
			.params(unitId, id, version)
			.update(), id);
	}

	void updateEnabled(long id, int version, boolean enabled) {
		checked(jdbc.sql("update identity.account set enabled = ?, version = version + 1 where id = ? and version = ?")
			.params(enabled, id, version)
			.update(), id);
	}

	void updatePassword(long id, int version, String passwordHash, boolean mustChange) {
		checked(jdbc.sql("""
				update identity.account set password_hash = ?, must_change_password = ?, password_changed_at = now(),
				       version = version + 1
				where id = ? and version = ?""")
			.params(passwordHash, mustChange, id, version)
			.update(), id);
	}

	void rehash(long id, String passwordHash) {
		jdbc.sql("update identity.account set password_hash = ? where id = ?").params(passwordHash, id).update();
	}

	/** Search staff by a fragment of username or name, and by unit; newest first. */
	List<AccountRecord> searchStaff(String text, Long unitId, int limit, int offset) {
		return jdbc.sql(SELECT + STAFF_FILTER + " order by a.id desc limit :limit offset :offset")
			.param("text", text == null ? "" : text.trim())
			.param("unit", unitId)
			.param("limit", limit)
			.param("offset", offset)
			.query(AccountRepository::map)
			.list();
	}

	long countStaff(String text, Long unitId) {
		return jdbc.sql("select count(*) from identity.account a " + STAFF_FILTER)
			.param("text", text == null ? "" : text.trim())
			.param("unit", unitId)
			.query(Long.class)
			.single();
	}

	private static final String STAFF_FILTER = """
			 where a.kind = 'STAFF'
			   and (:text = '' or a.username like '%' || lower(:text) || '%' or a.display_name like '%' || :text || '%')
			   and (cast(:unit as bigint) is null or a.unit_id = cast(:unit as bigint))
			""";

	private void bumpVersion(long id, int version) {
		checked(jdbc.sql("update identity.account set version = version + 1 where id = ? and version = ?")
			.params(id, version)
			.update(), id);
	}

	private void replaceRoles(long id, Set<Role> roles) {
		jdbc.sql("delete from identity.account_role where account_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("insert into identity.account_role(account_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	private static void checked(int updated, long id) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Account " + id + " was changed by someone else");
		}
	}

	private static AccountRecord map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : rs.getString("roles").split(",")) {
			if (!role.isBlank()) {
				roles.add(Role.valueOf(role));
			}
		}
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		return new AccountRecord(rs.getLong("id"), AccountRecord.Kind.valueOf(rs.getString("kind")),
				rs.getString("username"), rs.getString("mobile"), rs.getString("display_name"),
				rs.getString("password_hash"), unitId, rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
				rs.getObject("created_at", java.time.OffsetDateTime.class), rs.getInt("version"), roles);
	}

}
