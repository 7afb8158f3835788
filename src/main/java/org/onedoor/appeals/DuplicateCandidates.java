package org.onedoor.appeals;

import java.io.Serializable;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The possible duplicates of an appeal still waiting for a person, best first, with their reasons. */
@Component
class DuplicateCandidates {

	private final JdbcClient jdbc;

	DuplicateCandidates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One reason as the page shows it: message key {@code appeals-intel.reason.KIND} and its argument. */
	record Reason(String key, String detail) implements Serializable {
	}

	record Shown(long candidateId, String number, String title, AppealStatus status, String level, List<Reason> reasons)
			implements Serializable {
	}

	List<Shown> undecided(long appealId) {
		return jdbc.sql("""
				select c.candidate_id, a.tracking_number, a.title, a.status, c.level, c.reasons
				from appeals.duplicate_candidate c join appeals.appeal a on a.id = c.candidate_id
				where c.appeal_id = ? and c.decision is null order by c.score desc, c.candidate_id""")
			.param(appealId)
			.query((rs, n) -> new Shown(rs.getLong(1), new TrackingNumber(rs.getString(2)).display(), rs.getString(3),
					AppealStatus.valueOf(rs.getString(4)), rs.getString(5),
					DuplicateReasons.read(rs.getString(6))
						.stream()
						.map(r -> new Reason("appeals-intel.reason." + r.kind().name(), r.detail()))
						.toList()))
			.list();
	}

}
