package org.onedoor.appeals.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The appeal category tree (a few hundred rows) as this node's copy, reloaded when the table's
 * version moves: intake checks every appeal's category against it, and Open311 its service code,
 * so a category an administrator retires is refused by the next intake on every node.
 */
@Component
public class CategoryTable {

	/** One category as stored; retired ones included. */
	public record Row(String code, String name, String parentCode, int level, boolean active) {
	}

	private record Tree(Map<String, Row> byCode, Map<String, List<Row>> children) {
	}

	private final ReferenceData.Cached<Tree> tree;

	CategoryTable(JdbcClient jdbc, ReferenceData reference) {
		this.tree = reference.cached(ReferenceKind.CATEGORY, () -> tree(jdbc
			.sql("select code, name, parent_code, level, active from appeals.category order by code")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5)))
			.list()));
	}

	private static Tree tree(List<Row> rows) {
		Map<String, Row> byCode = new LinkedHashMap<>();
		Map<String, List<Row>> children = new HashMap<>();
		for (Row row : rows) {
			byCode.put(row.code(), row);
			if (row.parentCode() != null) {
				children.computeIfAbsent(row.parentCode(), k -> new ArrayList<>()).add(row);
			}
		}
		children.replaceAll((code, list) -> List.copyOf(list));
		return new Tree(Collections.unmodifiableMap(byCode), Map.copyOf(children));
	}

	/** Every category in code order (a parent before its children). */
	public List<Row> all() {
		return List.copyOf(tree.get().byCode().values());
	}

	public Optional<Row> find(String code) {
		return Optional.ofNullable(code == null ? null : tree.get().byCode().get(code));
	}

	/** A category new appeals may be filed under: known and not retired. */
	public boolean usable(String code) {
		return find(code).filter(Row::active).isPresent();
	}

	/** The category's direct children in code order, retired ones included. */
	public List<Row> children(String code) {
		return tree.get().children().getOrDefault(code, List.of());
	}

}
