package org.onedoor.appeals.open311;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.reference.CategoryTable;
import org.onedoor.appeals.reference.CategoryTable.Row;

import org.springframework.stereotype.Component;

/**
 * The Open311 services, from the editable category tree (this node's copy, reloaded whenever
 * the tree changes on any node), so a category an administrator adds or retires shows at once.
 */
@Component
class Open311Services {

	private final CategoryTable categories;

	private final Open311Messages messages;

	Open311Services(CategoryTable categories, Open311Messages messages) {
		this.categories = categories;
		this.messages = messages;
	}

	/** Every active first- and second-level category, in tree order. */
	List<Open311Service> all() {
		return build(categories.all().stream().filter(Row::active).toList());
	}

	/** Services from active category rows (in code order): levels 1 and 2 whose parent is active too. */
	private static List<Open311Service> build(List<Row> rows) {
		Map<String, Row> byCode = new LinkedHashMap<>();
		// children grouped in one pass: every intake validates its service code against this tree
		Map<String, List<Open311Service.Child>> childrenOf = new HashMap<>();
		for (Row r : rows) {
			byCode.put(r.code(), r);
			if (r.parentCode() != null) {
				childrenOf.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(new Open311Service.Child(r.code(), r.name()));
			}
		}
		List<Open311Service> services = new ArrayList<>();
		for (Row row : rows) {
			if (row.level() > 2 || (row.parentCode() != null && !byCode.containsKey(row.parentCode()))) {
				continue;
			}
			List<Open311Service.Child> children = List.copyOf(childrenOf.getOrDefault(row.code(), List.of()));
			String group = row.parentCode() == null ? null : byCode.get(row.parentCode()).name();
			services.add(new Open311Service(row.code(), row.name(), group, children));
		}
		return services;
	}

	/** Only the code's own row, its parent and its children: intake asks this on every request. */
	Optional<Open311Service> find(String code) {
		Optional<Row> self = categories.find(code).filter(Row::active);
		if (self.isEmpty()) {
			return Optional.empty();
		}
		List<Row> rows = new ArrayList<>();
		categories.find(self.get().parentCode()).filter(Row::active).ifPresent(rows::add);
		rows.add(self.get());
		categories.children(code).stream().filter(Row::active).forEach(rows::add);
		return build(rows).stream().filter(s -> s.code().equals(code)).findFirst();
	}

	Open311Service require(String code) {
		return find(code).orElseThrow(() -> Open311Exception.notFound("service_code", "appeals-api.open311.service.unknown",
				code));
	}

	/** service_code → display name, for labelling requests. */
	Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		all().forEach(s -> names.put(s.code(), s.displayName()));
		return names;
	}

	/** The service definition: the appeal type, and the subcategory when the service has any. */
	Map<String, Object> definition(Open311Service service) {
		List<Map<String, Object>> attributes = new ArrayList<>();
		List<Map<String, Object>> types = new ArrayList<>();
		for (AppealType type : AppealType.values()) {
			types.add(value(type.name(), label("appeals-api.type." + type.name())));
		}
		attributes.add(attribute(Open311Attributes.APPEAL_TYPE, label("appeals-api.open311.attribute.appealType"),
				label("appeals-api.open311.attribute.appealType.help"), 1, types));
		if (!service.children().isEmpty()) {
			List<Map<String, Object>> children = service.children()
				.stream()
				.map(c -> value(c.code(), c.name()))
				.toList();
			attributes.add(attribute(Open311Attributes.SUBCATEGORY, label("appeals-api.open311.attribute.subcategory"),
					label("appeals-api.open311.attribute.subcategory.help"), 2, children));
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", service.code());
		definition.put("attributes", attributes);
		return definition;
	}

	private static Map<String, Object> attribute(String code, String description, String help, int order,
			List<Map<String, Object>> values) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", "singlevaluelist");
		attribute.put("required", false);
		attribute.put("datatype_description", help);
		attribute.put("order", order);
		attribute.put("description", description);
		attribute.put("values", values);
		return attribute;
	}

	private static Map<String, Object> value(String key, String name) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("key", key);
		value.put("name", name);
		return value;
	}

	private String label(String key) {
		return messages.both(key);
	}

}
