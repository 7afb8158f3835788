package org.onedoor.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.onedoor.appeals.reference.ReferenceData;
import org.onedoor.appeals.reference.ReferenceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadline rules table. Small (tens of rows) and read at every intake and step, so each node
 * keeps a copy that it reloads when the table's version moves (every node sees a change at once).
 */
@Repository
class DeadlineRuleStore {

	private final JdbcClient jdbc;

	private final ReferenceData.Cached<List<DeadlineRule>> rules;

	DeadlineRuleStore(JdbcClient jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.rules = reference.cached(ReferenceKind.DEADLINE_RULE, () -> List.copyOf(
				jdbc.sql("select * from appeals.deadline_rule order by stage, id").query(DeadlineRuleStore::map).list()));
	}

	List<DeadlineRule> all() {
		return rules.get();
	}

	Optional<DeadlineRule> find(long id) {
		return jdbc.sql("select * from appeals.deadline_rule where id = ?").param(id).query(DeadlineRuleStore::map).optional();
	}

	long insert(DeadlineRule rule, String by) {
		return jdbc.sql("""
				insert into appeals.deadline_rule(stage, channel, type, petition_type, urgency, category_code, amount, unit,
				    note, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(rule.stage().name(), name(rule.channel()), name(rule.type()), name(rule.petitionType()),
					name(rule.urgency()), rule.categoryCode(), rule.amount(), rule.unit().name(), rule.note(), by)
			.query(Long.class)
			.single();
	}

	/** @return whether the rule was still at {@code version} (and is now changed) */
	boolean update(long id, int version, int amount, DeadlineUnit unit, String note, String by) {
		return jdbc.sql("""
				update appeals.deadline_rule set amount = ?, unit = ?, note = ?, updated_by = ?, updated_at = now(),
				    version = version + 1
				where id = ? and version = ?""")
			.params(amount, unit.name(), note, by, id, version)
			.update() == 1;
	}

	boolean delete(long id, int version) {
		return jdbc.sql("delete from appeals.deadline_rule where id = ? and version = ?").params(id, version).update() == 1;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static DeadlineRule map(ResultSet rs, int row) throws SQLException {
		return new DeadlineRule(rs.getLong("id"), DeadlineStage.valueOf(rs.getString("stage")),
				value(Channel.class, rs.getString("channel")), value(AppealType.class, rs.getString("type")),
				value(PetitionType.class, rs.getString("petition_type")), value(Urgency.class, rs.getString("urgency")),
				rs.getString("category_code"), rs.getInt("amount"), DeadlineUnit.valueOf(rs.getString("unit")),
				rs.getString("note"), rs.getInt("version"));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

}
