package org.onedoor.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores government units; edits check the version read by the editor. */
@Repository
class UnitRepository {

	static final String UNIT_COLUMNS = "select u.id, u.code, u.name, u.division_code, u.parent_id, u.active from directory.unit u ";

	private static final String PROFILE_COLUMNS = """
			select u.id, u.code, u.name, u.kind, u.division_code, d.full_name as division_name, d.level,
			       u.parent_id, p.name as parent_name, u.duties, u.phone, u.address, u.active, u.version
			from directory.unit u
			join directory.division d on d.code = u.division_code
			left join directory.unit p on p.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UnitProfile> profile(long id) {
		return jdbc.sql(PROFILE_COLUMNS + "where u.id = ?").param(id).query(UnitProfile.class).optional();
	}

	Optional<UnitProfile> profileByCode(String code) {
		return jdbc.sql(PROFILE_COLUMNS + "where u.code = ?").param(code).query(UnitProfile.class).optional();
	}

	/**
	 * Units in a division or anywhere below it, of a kind, whose name contains a text; every
	 * criterion is optional.
	 */
	List<UnitProfile> find(UnitCriteria criteria, int limit) {
		StringBuilder where = new StringBuilder("where true");
		Map<String, Object> params = new HashMap<>();
		if (criteria.division() != null) {
			String[] range = DivisionCode.prefixRange(criteria.division().significant());
			where.append(" and u.division_code between :low and :high");
			params.put("low", range[0]);
			params.put("high", range[1]);
		}
		if (criteria.kind() != null) {
			where.append(" and u.kind = :kind");
			params.put("kind", criteria.kind().name());
		}
		if (criteria.name() != null && !criteria.name().isBlank()) {
			where.append(" and u.name like :name escape '\\'");
			params.put("name", "%" + likeEscaped(criteria.name().strip()) + "%");
		}
		if (criteria.activeOnly()) {
			where.append(" and u.active");
		}
		return jdbc.sql(PROFILE_COLUMNS + where + " order by u.division_code, u.kind, u.code limit :limit")
			.params(params)
			.param("limit", limit)
			.query(UnitProfile.class)
			.list();
	}

	List<Unit> at(DivisionCode division) {
		return jdbc.sql(UNIT_COLUMNS + "where u.division_code = ? and u.active order by u.kind, u.code")
			.param(division.value())
			.query(Unit.class)
			.list();
	}

	List<Unit> named(String text, int limit) {
		return jdbc.sql(UNIT_COLUMNS + "where u.name like ? escape '\\' order by u.active desc, u.code limit ?")
			.params("%" + likeEscaped(text.strip()) + "%", limit)
			.query(Unit.class)
			.list();
	}

	/** The units above this one, nearest first; the depth cap guards against a corrupted loop. */
	List<Unit> chainAbove(long id) {
		return jdbc.sql("""
				with recursive up(id, depth) as (
				    select parent_id, 1 from directory.unit where id = ? and parent_id is not null
				    union all
				    select u.parent_id, up.depth + 1 from directory.unit u join up on u.id = up.id
				    where u.parent_id is not null and up.depth < 20)
				""" + UNIT_COLUMNS + "join up on up.id = u.id order by up.depth")
			.param(id)
			.query(Unit.class)
			.list();
	}

	boolean codeTaken(String code, Long exceptId) {
		return jdbc.sql("select count(*) from directory.unit where code = ? and id is distinct from ?")
			.params(code, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(UnitForm form) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into directory.unit (code, name, kind, division_code, parent_id, duties, phone, address)
				values (:code, :name, :kind, :division, :parent, :duties, :phone, :address)""")
			.params(columns(form))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void update(long id, int version, UnitForm form) {
		Map<String, Object> params = columns(form);
		params.put("id", id);
		params.put("version", version);
		int changed = jdbc.sql("""
				update directory.unit set code = :code, name = :name, kind = :kind, division_code = :division,
				       parent_id = :parent, duties = :duties, phone = :phone, address = :address,
				       version = version + 1, updated_at = now()
				where id = :id and version = :version""")
			.params(params)
			.update();
		requireOne(changed, id);
	}

	void setActive(long id, int version, boolean active) {
		int changed = jdbc.sql("""
				update directory.unit set active = ?, version = version + 1, updated_at = now()
				where id = ? and version = ?""")
			.params(active, id, version)
			.update();
		requireOne(changed, id);
	}

	private static void requireOne(int changed, long id) {
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Unit " + id + " was changed by someone else");
		}
	}

	private static Map<String, Object> columns(UnitForm form) {
		Map<String, Object> params = new HashMap<>();
		params.put("code", form.getCode().strip());
		params.put("name", form.getName().strip());
		params.put("kind", form.getKind().name());
		params.put("division", form.getDivisionCode().strip());
		params.put("parent", form.getParentId());
		params.put("duties", form.getDuties() == null ? "" : form.getDuties().strip());
		params.put("phone", blankToNull(form.getPhone()));
		params.put("address", blankToNull(form.getAddress()));
		return params;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
