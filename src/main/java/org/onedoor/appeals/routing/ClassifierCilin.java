package org.onedoor.appeals.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ObjIntConsumer;

/**
 * The semantic groups of 同义词词林 (extended edition, HIT-SCIR), as HanLP's jar ships them: each word
 * has one or more codes such as {@code Bg07A03=} (大类 B, 中类 g, 小类 07, 词群 A, 原子词群 03). A text
 * gets one "cl:GROUP" term per word and group, GROUP being the code's first {@code level} characters,
 * so 噪音 and 噪声, or 快递 and 速递, share a term even when no training message used one of them.
 * Written by lexicographers before any appeal was, so it cannot leak test messages into a model.
 */
final class ClassifierCilin {

	static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

	private static final Map<Integer, ClassifierCilin> SHIPPED = new ConcurrentHashMap<>();

	/** word → its distinct groups, each already prefixed "cl:". */
	private final Map<String, String[]> groups;

	private ClassifierCilin(Map<String, String[]> groups) {
		this.groups = groups;
	}

	/** The shipped dictionary cut at {@code level} characters of the code (4: 小类, 5: 词群). */
	static ClassifierCilin shipped(int level) {
		return SHIPPED.computeIfAbsent(level, ClassifierCilin::load);
	}

	private static ClassifierCilin load(int level) {
		try (InputStream in = ClassifierCilin.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the class path (HanLP portable ships it)");
			}
			return of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), level);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Builds the groups from lines "CODE word word …"; single characters are left out (too ambiguous). */
	static ClassifierCilin of(List<String> lines, int level) {
		Map<String, Set<String>> byWord = new HashMap<>();
		for (String line : lines) {
			String[] parts = line.replace("\uFEFF", "").strip().split("\\s+");
			if (parts.length < 2 || parts[0].length() < level) {
				continue;
			}
			String group = "cl:" + parts[0].substring(0, level);
			for (int i = 1; i < parts.length; i++) {
				if (parts[i].length() > 1) {
					byWord.computeIfAbsent(parts[i], w -> new LinkedHashSet<>()).add(group);
				}
			}
		}
		Map<String, String[]> groups = new HashMap<>();
		byWord.forEach((word, set) -> groups.put(word, set.toArray(String[]::new)));
		return new ClassifierCilin(groups);
	}

	void addTerms(List<String> words, ObjIntConsumer<String> add) {
		for (String word : words) {
			String[] found = groups.get(word);
			if (found != null) {
				for (String group : found) {
					add.accept(group, 1);
				}
			}
		}
	}

}
