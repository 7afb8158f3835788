package org.onedoor.appeals.intel;

import java.util.List;

/** The verdict on one candidate: how sure, a score between 0 and 1 to rank by, and why. */
public record DuplicateMatch(long candidateId, DuplicateLevel level, double score, List<DuplicateReason> reasons) {

	public DuplicateMatch {
		reasons = List.copyOf(reasons);
	}

}
