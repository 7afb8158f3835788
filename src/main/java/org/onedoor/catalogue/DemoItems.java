package org.onedoor.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo catalogue (catalogue/demo/items.yml): unit defaults (place, hours, phones,
 * level), step templates, and items with their form fields and past removals.
 */
final class DemoItems {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private DemoItems() {
	}

	static List<DemoItem> load(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			Map<String, Object> root = new Yaml().load(in);
			return items(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<DemoItem> items(Map<String, Object> root) {
		Map<String, Map<String, Object>> units = (Map<String, Map<String, Object>>) root.get("units");
		Map<String, List<List<Object>>> templates = (Map<String, List<List<Object>>>) root.get("templates");
		List<DemoItem> out = new ArrayList<>();
		for (Map<String, Object> raw : (List<Map<String, Object>>) root.get("items")) {
			Map<String, Object> item = new LinkedHashMap<>(units.getOrDefault((String) raw.get("unitCode"), Map.of()));
			item.putAll(raw);
			item.putIfAbsent("scope", item.get("level"));
			item.put("steps", steps(raw.get("steps"), templates));
			List<Map<String, Object>> materials = new ArrayList<>();
			Map<String, Map<String, String>> forms = new LinkedHashMap<>();
			for (Map<String, Object> m : (List<Map<String, Object>>) raw.get("materials")) {
				Map<String, Object> material = new LinkedHashMap<>(Map.of("required", true, "copies", 1));
				material.putAll(m);
				if (m.get("fields") != null) {
					forms.put((String) m.get("code"), stringMap((Map<String, Object>) m.get("fields")));
				}
				materials.add(material);
			}
			item.put("materials", materials);
			ItemDraft draft = JSON.convertValue(item, ItemDraft.class);
			out.add(new DemoItem(draft, forms, removals((List<Map<String, Object>>) raw.get("removed"))));
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> steps(Object raw, Map<String, List<List<Object>>> templates) {
		List<Map<String, Object>> steps = new ArrayList<>();
		if (raw instanceof Map<?, ?> byTemplate) {
			List<List<Object>> template = templates.get((String) byTemplate.get("template"));
			List<Integer> days = (List<Integer>) byTemplate.get("days");
			for (int i = 0; i < template.size(); i++) {
				List<Object> t = template.get(i);
				steps.add(Map.of("name", t.get(0), "role", t.get(1), "workingDays", days.get(i), "legalBasis", t.get(2)));
			}
			return steps;
		}
		for (List<Object> s : (List<List<Object>>) raw) {
			steps.add(Map.of("name", s.get(0), "role", s.get(1), "workingDays", s.get(2), "legalBasis", s.get(3)));
		}
		return steps;
	}

	private static List<Removal> removals(List<Map<String, Object>> raw) {
		if (raw == null) {
			return List.of();
		}
		return raw.stream()
			.map(r -> new Removal((String) r.get("kind"), (String) r.get("name"), ReformReason.parse((String) r.get("reason")),
					(String) r.get("note"), date(r.get("date"))))
			.toList();
	}

	private static LocalDate date(Object value) {
		// SnakeYAML reads an unquoted 2025-03-18 as a timestamp at midnight UTC
		return value instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
				: LocalDate.parse(String.valueOf(value));
	}

	private static Map<String, String> stringMap(Map<String, Object> fields) {
		Map<String, String> out = new LinkedHashMap<>();
		fields.forEach((k, v) -> out.put(k, String.valueOf(v)));
		return out;
	}

	/** One demo item: its draft, the sample values of its forms by material code, its past removals. */
	record DemoItem(ItemDraft draft, Map<String, Map<String, String>> forms, List<Removal> removals) {
	}

	/** A step or material that the item once had, removed on {@code date} for {@code reason}. */
	record Removal(String kind, String name, ReformReason reason, String note, LocalDate date) {
	}

}
