package org.onedoor.appeals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.onedoor.appeals.intel.DuplicateLevel;
import org.onedoor.appeals.intel.DuplicateMatch;
import org.onedoor.appeals.intel.DuplicateMatcher;
import org.onedoor.appeals.intel.DuplicateSubject;
import org.onedoor.appeals.intel.DuplicateTerms;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks for the matter a newly registered appeal may already be: indexes the new appeal,
 * scores the candidates, keeps the medium ones for a person to decide, and names the best
 * high one (if any) for automatic merging. Ties are broken by the older appeal, so every node
 * picks the same primary.
 */
@Component
class DuplicateCheck {

	private final DuplicateIndex index;

	private final JdbcClient jdbc;

	DuplicateCheck(DuplicateIndex index, JdbcClient jdbc) {
		this.index = index;
		this.jdbc = jdbc;
	}

	/** @return the appeal to merge into, when one is the same matter with high confidence */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<DuplicateMatch> check(long appealId, NewAppeal appeal, Instant registeredAt) {
		DuplicateTerms terms = index.text().terms(appeal.title(), appeal.content());
		index.serialize(appeal.citizenMobile(), appeal.divisionCode());
		index.index(appealId, terms, registeredAt);
		DuplicateSubject incoming = new DuplicateSubject(appealId, terms, appeal.divisionCode(), appeal.address(),
				appeal.latitude() == null ? null : appeal.latitude().doubleValue(),
				appeal.longitude() == null ? null : appeal.longitude().doubleValue(), appeal.citizenMobile(),
				registeredAt);
		DuplicateMatcher matcher = new DuplicateMatcher(index.window());
		List<DuplicateMatch> matches = index.candidates(appealId, terms, appeal.divisionCode(), appeal.citizenMobile(), registeredAt)
			.stream()
			.map(candidate -> matcher.match(incoming, candidate))
			.filter(match -> match.level() != DuplicateLevel.NONE)
			.sorted(Comparator.comparingDouble(DuplicateMatch::score).reversed()
				.thenComparingLong(DuplicateMatch::candidateId))
			.limit(5)
			.toList();
		matches.forEach(match -> remember(appealId, match));
		return matches.stream()
			.filter(match -> index.autoMerge() && match.level() == DuplicateLevel.HIGH)
			.findFirst();
	}

	/** Indexes an appeal that did not come through intake (demo data, migrated appeals). */
	@Transactional(propagation = Propagation.MANDATORY)
	void index(long appealId, String title, String content, Instant registeredAt) {
		index.index(appealId, index.text().terms(title, content), registeredAt);
	}

	private void remember(long appealId, DuplicateMatch match) {
		jdbc.sql("""
				insert into appeals.duplicate_candidate (appeal_id, candidate_id, level, score, reasons)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(appealId, match.candidateId(), match.level().name(), Math.round(match.score() * 1000) / 1000.0,
					DuplicateReasons.write(match.reasons()))
			.update();
	}

}
