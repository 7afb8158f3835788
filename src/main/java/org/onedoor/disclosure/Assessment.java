package org.onedoor.disclosure;

import java.time.LocalDate;
import java.util.List;

/** The assessment of a period: weights used, units ranked by score, and how fresh the figures are. */
public record Assessment(LocalDate from, LocalDate to, AssessmentWeights weights, List<AssessmentRow> rows,
		Freshness freshness) {
}
