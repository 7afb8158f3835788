package org.onedoor.catalogue;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search index in PostgreSQL (catalogue.search_term), so every node answers the same. It
 * holds published items only; a query sums the weights of the terms an item matches, shorter
 * names first among equals, answered from the covering index without touching the items.
 */
@Repository
class SearchIndex {

	private static final String BRANCH = "select item_id, weight, name_length from catalogue.search_term where ";

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Indexes a published item; an unpublished one is taken out, so searches never see drafts. */
	void reindex(long itemId, ItemDraft item, boolean published) {
		jdbc.sql("delete from catalogue.search_term where item_id = ?").param(itemId).update();
		if (!published) {
			return;
		}
		Map<String, Integer> terms = SearchTerms.of(item.name(), item.summary());
		StringBuilder values = new StringBuilder();
		List<Object> params = new java.util.ArrayList<>();
		for (Map.Entry<String, Integer> t : terms.entrySet()) {
			values.append(values.isEmpty() ? "" : ",").append("(?, ?, ?, ?)");
			params.add(t.getKey());
			params.add(itemId);
			params.add(t.getValue());
			params.add(item.name().length());
		}
		if (!params.isEmpty()) {
			jdbc.sql("insert into catalogue.search_term(term, item_id, weight, name_length) values " + values)
				.params(params).update();
		}
	}

	/** Ids of published items best matching first, at most {@code limit}. */
	List<Long> search(String text, int limit) {
		SearchTerms.Query q = SearchTerms.query(text);
		if (q.isEmpty()) {
			return List.of();
		}
		// one branch per pattern so each is an index-only scan of the covering index
		List<String> branches = new java.util.ArrayList<>();
		List<Object> params = new java.util.ArrayList<>();
		if (!q.exact().isEmpty()) {
			branches.add(BRANCH + "term = any(?)");
			params.add(q.exact().toArray(String[]::new));
		}
		for (String prefix : q.prefixes()) {
			branches.add(BRANCH + "term like ?");
			params.add(prefix);
		}
		params.add(limit);
		return jdbc.sql("select item_id from (" + String.join(" union all ", branches) + """
				) t group by item_id order by sum(weight) desc, min(name_length), item_id limit ?""")
			.params(params)
			.query(Long.class)
			.list();
	}

}
