package org.onedoor.disclosure;

import org.onedoor.audit.AuditLog;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one row of weights; every change is versioned and audited. */
@Component
class AssessmentWeightsStore {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AssessmentWeightsStore(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	AssessmentWeights current() {
		return jdbc.sql("select on_time, satisfaction, response, resolution, version from disclosure.assessment_weights where id = 1")
			.query((rs, n) -> new AssessmentWeights(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.single();
	}

	@Transactional
	AssessmentWeights change(AssessmentWeights weights, String by) {
		AssessmentWeights before = current();
		int updated = jdbc.sql("""
				update disclosure.assessment_weights set on_time = ?, satisfaction = ?, response = ?, resolution = ?,
				    updated_at = now(), updated_by = ?, version = version + 1 where id = 1 and version = ?""")
			.params(weights.onTime(), weights.satisfaction(), weights.response(), weights.resolution(), by,
					weights.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("assessment weights changed meanwhile");
		}
		audit.record("disclosure.weights-changed", "assessment-weights", "1", describe(before) + " -> " + describe(weights));
		return current();
	}

	private static String describe(AssessmentWeights w) {
		return "onTime=%d satisfaction=%d response=%d resolution=%d".formatted(w.onTime(), w.satisfaction(), w.response(),
				w.resolution());
	}

}
