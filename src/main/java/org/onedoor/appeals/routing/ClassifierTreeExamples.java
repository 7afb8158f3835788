package org.onedoor.appeals.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The category tree as extra training examples: one per second-level category of each first-level
 * category being learnt, its name as the title and its third-level names as the content (市场监管:
 * 商标管理，不正当竞争，商品质量 …). Names that are only "其他" (other) are left out.
 */
final class ClassifierTreeExamples {

	private ClassifierTreeExamples() {
	}

	static List<ClassifierExample> shipped(List<String> labels) {
		return of(ClassifierLexicon.treeRows(), labels);
	}

	static List<ClassifierExample> of(List<Map<String, String>> rows, List<String> labels) {
		Map<List<String>, List<String>> children = new LinkedHashMap<>();
		for (Map<String, String> row : rows) {
			String first = row.get("一级分类");
			String second = row.get("二级分类");
			if (labels.contains(first) && !"其他".equals(second)) {
				List<String> names = children.computeIfAbsent(List.of(first, second), k -> new ArrayList<>());
				if (!"其他".equals(row.get("三级分类"))) {
					names.add(row.get("三级分类"));
				}
			}
		}
		List<ClassifierExample> examples = new ArrayList<>();
		children.forEach((key, names) -> examples.add(new ClassifierExample(key.get(1), String.join("，", names), key.get(0))));
		return examples;
	}

}
