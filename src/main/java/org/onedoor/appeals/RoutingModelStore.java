package org.onedoor.appeals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onedoor.appeals.routing.ClassifierExample;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classifier's versions (appeals.routing_model) and its learned examples (appeals.routing_example). */
@Repository
class RoutingModelStore {

	/** One training run as the administrator sees it. */
	record Run(int version, Instant trainedAt, String trigger, int examples, int heldBack, Double candidateAccuracy,
			Double currentAccuracy, boolean active) {
	}

	record Active(int version, byte[] model) {
	}

	private final JdbcClient jdbc;

	RoutingModelStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Integer> activeVersion() {
		return jdbc.sql("select version from appeals.routing_model where active").query(Integer.class).optional();
	}

	Optional<Active> active() {
		return jdbc.sql("select version, model from appeals.routing_model where active")
			.query((rs, n) -> new Active(rs.getInt(1), rs.getBytes(2)))
			.optional();
	}

	/** Serialises training across nodes until the transaction ends. */
	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('appeals.routing_model'))").query().singleRow();
	}

	boolean ranToday(String trigger, Instant since) {
		return jdbc.sql("select count(*) from appeals.routing_model where trigger = ? and trained_at >= ?")
			.params(trigger, java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single() > 0;
	}

	int save(Instant at, String trigger, int examples, int heldBack, Double candidate, Double current, byte[] model) {
		if (model != null) {
			jdbc.sql("update appeals.routing_model set active = false where active").update();
		}
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from appeals.routing_model")
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into appeals.routing_model(version, trained_at, trigger, examples, held_back,
				  candidate_accuracy, current_accuracy, active, model) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(version, java.sql.Timestamp.from(at), trigger, examples, heldBack, candidate, current,
					model != null, model)
			.update();
		return version;
	}

	List<Run> runs() {
		return jdbc.sql("""
				select version, trained_at, trigger, examples, held_back, candidate_accuracy, current_accuracy, active
				from appeals.routing_model order by version desc limit 50""")
			.query((rs, n) -> new Run(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4),
					rs.getInt(5), (Double) rs.getObject(6), (Double) rs.getObject(7), rs.getBoolean(8)))
			.list();
	}

	void addExample(long appealId, String title, String content, String category, String source, Instant at) {
		jdbc.sql("""
				insert into appeals.routing_example(appeal_id, title, content, category, source, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(appealId, title, content, category, source, java.sql.Timestamp.from(at))
			.update();
	}

	List<ClassifierExample> examples() {
		return jdbc.sql("select title, content, category from appeals.routing_example order by id")
			.query((rs, n) -> new ClassifierExample(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Whether the appeal's latest step was taken by {@code actor}. */
	boolean lastStepBy(long appealId, String actor) {
		return jdbc.sql("select actor from appeals.appeal_transition where appeal_id = ? order by id desc limit 1")
			.param(appealId)
			.query(String.class)
			.optional()
			.filter(actor::equals)
			.isPresent();
	}

	/** The first-level category name of a category code (its first two digits). */
	Optional<String> firstLevel(String categoryCode) {
		if (categoryCode == null || categoryCode.length() < 2) {
			return Optional.empty();
		}
		return jdbc.sql("select name from appeals.category where code = ?")
			.param(categoryCode.substring(0, 2))
			.query(String.class)
			.optional();
	}

}
