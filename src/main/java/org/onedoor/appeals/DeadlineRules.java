package org.onedoor.appeals;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks the rule that applies: of all that match, the most specific one. */
public final class DeadlineRules {

	private DeadlineRules() {
	}

	public static Optional<DeadlineRule> best(List<DeadlineRule> rules, DeadlineStage stage, AppealFacts facts) {
		return rules.stream()
			.filter(rule -> rule.matches(stage, facts))
			.max(Comparator.comparingInt(DeadlineRule::specificity)
				// equal specificity: the newer rule is the one the administrator meant
				.thenComparing(rule -> rule.id() == null ? Long.MAX_VALUE : rule.id()));
	}

}
