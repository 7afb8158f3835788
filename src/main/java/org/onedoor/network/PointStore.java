package org.onedoor.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onedoor.directory.DivisionLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores points and the items they handle; the only class that touches the network schema's points. */
@Repository
class PointStore {

	static final int PAGE = 50;

	private static final String COLUMNS = """
			select id, name, kind, level, division_code, division_name, unit_code, address, latitude, longitude, phone,
			       hours, terminals, agent_service, active, version from network.point p
			""";

	private final JdbcClient jdbc;

	PointStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(PointDraft draft) {
		long id = jdbc.sql("""
				insert into network.point (name, kind, level, division_code, division_name, unit_code, address, latitude,
				    longitude, phone, hours, terminals, agent_service)
				values (:name, :kind, :level, :division, :divisionName, :unit, :address, :lat, :lon, :phone, :hours,
				    :terminals, :agent) returning id""")
			.params(params(draft))
			.query(Long.class)
			.single();
		replaceItems(id, draft.items());
		return id;
	}

	/** @return false when someone else changed the point meanwhile */
	boolean update(long id, int version, PointDraft draft) {
		Map<String, Object> params = params(draft);
		params.put("id", id);
		params.put("version", version);
		int changed = jdbc.sql("""
				update network.point set name = :name, kind = :kind, level = :level, division_code = :division,
				    division_name = :divisionName, unit_code = :unit, address = :address, latitude = :lat,
				    longitude = :lon, phone = :phone, hours = :hours, terminals = :terminals, agent_service = :agent,
				    version = version + 1, updated_at = now()
				where id = :id and version = :version""")
			.params(params)
			.update();
		if (changed == 1) {
			replaceItems(id, draft.items());
		}
		return changed == 1;
	}

	boolean setActive(long id, int version, boolean active) {
		return jdbc.sql("""
				update network.point set active = ?, version = version + 1, updated_at = now()
				where id = ? and version = ?""")
			.params(active, id, version)
			.update() == 1;
	}

	boolean exists(String divisionCode, String name, Long except) {
		return jdbc.sql("select count(*) from network.point where division_code = ? and name = ? and id <> ?")
			.params(divisionCode, name, except == null ? -1L : except)
			.query(Long.class)
			.single() > 0;
	}

	Optional<ServicePoint> find(long id) {
		return jdbc.sql(COLUMNS + "where id = ?").param(id).query(PointStore::row).optional()
			.map(p -> p.withItems(items(id)));
	}

	/** One page of the points inside a division (code prefix), name filter optional, higher levels first. */
	List<ServicePoint> search(String prefixLow, String prefixHigh, String name, int page) {
		return jdbc.sql(COLUMNS + """
				where division_code between :low and :high and (:name = '' or name like '%' || :name || '%')
				order by case level when 'PROVINCE' then 0 when 'CITY' then 1 when 'COUNTY' then 2
				         when 'TOWNSHIP' then 3 else 4 end, division_code, name
				limit :limit offset :offset""")
			.param("low", prefixLow).param("high", prefixHigh).param("name", name == null ? "" : name)
			.param("limit", PAGE + 1).param("offset", page * PAGE)
			.query(PointStore::row)
			.list();
	}

	/** Active points handling the item, in the given divisions or (when a range is given) inside it. */
	List<ServicePoint> handling(String item, Collection<String> divisions, String[] inside) {
		List<ServicePoint> points = jdbc.sql(COLUMNS + """
				join network.point_item i on i.point_id = p.id and i.item_code = :item
				where p.active and (p.division_code in (:codes) or p.division_code between :low and :high)
				limit 200""")
			.param("item", item)
			.param("codes", divisions)
			.param("low", inside == null ? "x" : inside[0])
			.param("high", inside == null ? "x" : inside[1])
			.query(PointStore::row)
			.list();
		return withItems(points);
	}

	List<String> items(long id) {
		return jdbc.sql("select item_code from network.point_item where point_id = ? order by item_code").param(id)
			.query(String.class).list();
	}

	private List<ServicePoint> withItems(List<ServicePoint> points) {
		if (points.isEmpty()) {
			return points;
		}
		Map<Long, List<String>> items = new HashMap<>();
		jdbc.sql("select point_id, item_code from network.point_item where point_id in (:ids) order by item_code")
			.param("ids", points.stream().map(ServicePoint::id).toList())
			.query((rs, n) -> items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return points.stream().map(p -> p.withItems(items.getOrDefault(p.id(), List.of()))).toList();
	}

	private void replaceItems(long id, List<String> items) {
		jdbc.sql("delete from network.point_item where point_id = ?").param(id).update();
		for (String item : items) {
			jdbc.sql("insert into network.point_item (point_id, item_code) values (?, ?)").params(id, item).update();
		}
	}

	private static Map<String, Object> params(PointDraft draft) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", draft.name());
		params.put("kind", draft.kind().name());
		params.put("level", draft.division().level().name());
		params.put("division", draft.division().code());
		params.put("divisionName", draft.division().fullName());
		params.put("unit", draft.unitCode());
		params.put("address", draft.address());
		params.put("lat", draft.latitude());
		params.put("lon", draft.longitude());
		params.put("phone", draft.phone());
		params.put("hours", draft.hours().text());
		params.put("terminals", draft.terminals());
		params.put("agent", draft.agentService());
		return params;
	}

	private static ServicePoint row(ResultSet rs, int n) throws SQLException {
		return new ServicePoint(rs.getLong("id"), rs.getString("name"), PointKind.valueOf(rs.getString("kind")),
				DivisionLevel.valueOf(rs.getString("level")), rs.getString("division_code"), rs.getString("division_name"),
				rs.getString("unit_code"), rs.getString("address"), rs.getBigDecimal("latitude"),
				rs.getBigDecimal("longitude"), rs.getString("phone"), rs.getString("hours"), rs.getInt("terminals"),
				rs.getBoolean("agent_service"), rs.getBoolean("active"), rs.getInt("version"), List.of());
	}

}
