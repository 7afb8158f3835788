package org.onedoor.appeals.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;

/**
 * What the official category tree (appeals/categories.csv, the competition's 一级/二级/三级 names) says
 * about each first-level category: the dictionary words of its second- and third-level names (物价监督 →
 * 物价, 监督). A text gets one "lex:CATEGORY" term per occurrence of such a word, so a message about 噪音
 * leans to 环境保护 even when no training message said 噪音. Words shared by three or more first-level
 * categories (管理, 其他) say nothing and are left out. The tree is data a person wrote before any
 * message was read, so it cannot leak test messages into the model.
 */
final class ClassifierLexicon {

	static final String RESOURCE = "appeals/categories.csv";

	private static final int MAX_CATEGORIES_PER_WORD = 2;

	private static volatile ClassifierLexicon shipped;

	/** word → first-level categories whose tree names contain it. */
	private final Map<String, List<String>> categories;

	ClassifierLexicon(Map<String, List<String>> categories) {
		this.categories = Map.copyOf(categories);
	}

	static ClassifierLexicon shipped() {
		ClassifierLexicon lexicon = shipped;
		if (lexicon == null) {
			lexicon = of(treeRows());
			shipped = lexicon;
		}
		return lexicon;
	}

	/** The rows of the shipped category tree (columns 一级分类, 二级分类, 三级分类). */
	static List<Map<String, String>> treeRows() {
		try (InputStream in = ClassifierTraining.resource(RESOURCE)) {
			return ClassifierCsv.read(in, List.of("一级分类", "二级分类", "三级分类"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Builds the lexicon from rows with the columns 一级分类, 二级分类, 三级分类. */
	static ClassifierLexicon of(List<Map<String, String>> rows) {
		Map<String, Set<String>> byWord = new HashMap<>();
		for (Map<String, String> row : rows) {
			String first = row.get("一级分类");
			for (String name : List.of(row.get("二级分类"), row.get("三级分类"))) {
				Set<String> words = new LinkedHashSet<>(ClassifierText.words(name));
				for (String word : words) {
					byWord.computeIfAbsent(word, w -> new TreeSet<>()).add(first);
				}
			}
		}
		Map<String, List<String>> categories = new HashMap<>();
		byWord.forEach((word, firsts) -> {
			if (firsts.size() <= MAX_CATEGORIES_PER_WORD) {
				categories.put(word, new ArrayList<>(firsts));
			}
		});
		return new ClassifierLexicon(categories);
	}

	/** Adds one "lex:CATEGORY" term for each word of the text found in that category's names. */
	void addTerms(List<String> words, ObjIntConsumer<String> add) {
		for (String word : words) {
			List<String> firsts = categories.get(word);
			if (firsts != null) {
				firsts.forEach(first -> add.accept("lex:" + first, 1));
			}
		}
	}

	List<String> categoriesOf(String word) {
		return categories.getOrDefault(word, List.of());
	}

}
