package org.onedoor.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks units by score, highest first; units without a score come last, unranked ties share a rank. */
final class RankUnits {

	private RankUnits() {
	}

	static List<AssessmentRow> rank(List<UnitFigures> units, AssessmentWeights weights) {
		record Scored(UnitFigures u, Double score) {
		}
		List<Scored> scored = new ArrayList<>(units.stream().map(u -> new Scored(u, weights.score(u))).toList());
		scored.sort(Comparator.comparing((Scored s) -> s.score() == null ? -1 : s.score()).reversed()
			.thenComparing(s -> s.u().unitName()));
		List<AssessmentRow> rows = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored s = scored.get(i);
			boolean tie = i > 0 && s.score() != null && s.score().equals(scored.get(i - 1).score());
			int rank = tie ? rows.get(i - 1).rank() : i + 1;
			rows.add(new AssessmentRow(rank, s.u(), s.score()));
		}
		return rows;
	}

}
