package org.onedoor.catalogue;

import java.util.List;
import java.util.Optional;

import org.onedoor.catalogue.ServiceItem.ApprovalStep;
import org.onedoor.catalogue.ServiceItem.RequiredMaterial;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the published version of an item with its materials and steps. */
@Repository
class PublishedItems {

	private final JdbcClient jdbc;

	PublishedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ServiceItem> find(String code) {
		return jdbc.sql("select * from catalogue.item where code = ? and published").param(code)
			.query((rs, n) -> new ServiceItem(rs.getString("code"), rs.getString("basic_code"), rs.getString("name"),
					rs.getString("kind"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getInt("statutory_days"),
					rs.getInt("promised_days"), rs.getBoolean("online"), rs.getInt("visits_in_person"),
					rs.getInt("version"), materials(rs.getLong("id")), steps(rs.getLong("id"))))
			.optional();
	}

	private List<RequiredMaterial> materials(long item) {
		return jdbc.sql("select * from catalogue.material where item_id = ? order by position").param(item)
			.query((rs, n) -> new RequiredMaterial(rs.getString("code"), rs.getString("name"), rs.getString("form"),
					rs.getBoolean("required"), rs.getString("condition"), rs.getInt("copies")))
			.list();
	}

	private List<ApprovalStep> steps(long item) {
		return jdbc.sql("select * from catalogue.step where item_id = ? order by position").param(item)
			.query((rs, n) -> new ApprovalStep(rs.getInt("position"), rs.getString("name"), rs.getString("role"),
					rs.getString("unit_code"), rs.getInt("working_days")))
			.list();
	}

}
