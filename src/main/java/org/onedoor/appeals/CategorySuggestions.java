package org.onedoor.appeals;

import java.util.List;
import java.util.Optional;

import org.onedoor.appeals.routing.ClassifierScore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What dispatchers see: the classifier's three most likely first-level categories with their
 * confidence, each mapped through the 派单目录 and the appeal's place to the unit that would lead.
 * When the appeal already has a category under a suggested first level, its more specific code is
 * used for the lookup.
 */
@Service
class CategorySuggestions {

	/** One suggestion; unit fields are null when the catalogue has no entry for it. */
	record CategorySuggestion(String categoryCode, String categoryName, double confidence, String leadUnitCode,
			List<String> coUnitCodes) {
	}

	private final RoutingModels models;

	private final DispatchCatalogue catalogue;

	private final JdbcClient jdbc;

	private final CaseStore cases;

	CategorySuggestions(RoutingModels models, DispatchCatalogue catalogue, JdbcClient jdbc, CaseStore cases) {
		this.cases = cases;
		this.models = models;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
	}

	List<CategorySuggestion> forAppeal(AppealCase appeal) {
		return models.suggest(appeal.title(), appeal.content(), 3).stream()
			.map(score -> suggestion(score, appeal))
			.toList();
	}

	/** The best suggestion for each queue row that waits for a dispatch (accepted appeals). */
	java.util.Map<Long, CategorySuggestion> bestForQueue(List<CaseRow> rows) {
		java.util.Map<Long, CategorySuggestion> best = new java.util.HashMap<>();
		rows.stream()
			.filter(row -> row.status() == AppealStatus.ACCEPTED)
			.map(row -> cases.load(row.id()))
			.forEach(appeal -> best.put(appeal.id(),
					suggestion(models.suggest(appeal.title(), appeal.content(), 1).get(0), appeal)));
		return best;
	}

	private CategorySuggestion suggestion(ClassifierScore score, AppealCase appeal) {
		Optional<String> topCode = jdbc.sql("select code from appeals.category where level = 1 and name = ?")
			.param(score.category())
			.query(String.class)
			.optional();
		String code = topCode
			.map(top -> appeal.categoryCode() != null && appeal.categoryCode().startsWith(top) ? appeal.categoryCode()
					: top)
			.orElse(null);
		Optional<DispatchCatalogue.Entry> entry = catalogue.lookup(code, appeal.divisionCode());
		return new CategorySuggestion(code, score.category(), score.confidence(),
				entry.map(DispatchCatalogue.Entry::leadUnitCode).orElse(null),
				entry.map(DispatchCatalogue.Entry::coUnitCodes).orElse(List.of()));
	}

}
