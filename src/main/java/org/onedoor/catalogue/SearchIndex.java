package org.onedoor.catalogue;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search index in PostgreSQL (catalogue.search_term), so every node answers the same. A
 * query sums the weights of the terms an item matches; published items only.
 */
@Repository
class SearchIndex {

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void reindex(long itemId, ItemDraft item) {
		jdbc.sql("delete from catalogue.search_term where item_id = ?").param(itemId).update();
		String other = (item.summary() == null ? "" : item.summary()) + "。"
				+ String.join("。", item.materials().stream().map(ItemDraft.MaterialDraft::name).toList());
		Map<String, Integer> terms = SearchTerms.of(item.name(), other);
		StringBuilder values = new StringBuilder();
		List<Object> params = new java.util.ArrayList<>();
		for (Map.Entry<String, Integer> t : terms.entrySet()) {
			values.append(values.isEmpty() ? "" : ",").append("(?, ?, ?)");
			params.add(t.getKey());
			params.add(itemId);
			params.add(t.getValue());
		}
		if (!params.isEmpty()) {
			jdbc.sql("insert into catalogue.search_term(term, item_id, weight) values " + values)
				.params(params).update();
		}
	}

	/** Ids of published items best matching first, at most {@code limit}. */
	List<Long> search(String text, int limit) {
		SearchTerms.Query q = SearchTerms.query(text);
		if (q.isEmpty()) {
			return List.of();
		}
		String prefixes = q.prefixes().isEmpty() ? "false"
				: String.join(" or ", q.prefixes().stream().map(p -> "t.term like ?").toList());
		String exact = q.exact().isEmpty() ? "false"
				: "t.term in (" + String.join(",", q.exact().stream().map(e -> "?").toList()) + ")";
		List<Object> params = new java.util.ArrayList<>(q.exact());
		params.addAll(q.prefixes());
		params.add(limit);
		return jdbc.sql("""
				select t.item_id from catalogue.search_term t join catalogue.item i on i.id = t.item_id and i.published
				where %s or %s
				group by t.item_id, i.name order by sum(t.weight) desc, length(i.name), i.name limit ?"""
			.formatted(exact, prefixes))
			.params(params)
			.query(Long.class)
			.list();
	}

}
