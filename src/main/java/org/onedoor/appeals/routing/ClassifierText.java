package org.onedoor.appeals.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Turns an appeal's title and content into counted terms: character unigrams and bigrams of each run
 * of Chinese characters (they work where a word segmenter fails on local names and slang), plus Latin
 * words and numbers collapsed to one token. Title terms are kept apart ("t:") as well, because the
 * title states the matter while the content often wanders. HanLP's dictionary words ("w:") are added
 * on top: they lifted cross-validated top-1 accuracy by about a point (docs/routing.md); the same words
 * feed the category-tree lexicon and the word vectors ({@link ClassifierFeatures}).
 */
public final class ClassifierText {

	/**
	 * The double-array-trie dictionary segmenter: tens of microseconds per appeal where the Viterbi one
	 * takes hundreds. One per thread, as HanLP does not promise a shared instance is safe.
	 */
	private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment("dat"));

	private ClassifierText() {
	}

	/** The counted terms of a text and its dictionary words in order (for the lexicon and word vectors). */
	record Analysed(Map<String, Integer> terms, List<String> words) {
	}

	public static Map<String, Integer> terms(String title, String content) {
		return analyse(title, content).terms();
	}

	static Analysed analyse(String title, String content) {
		Map<String, Integer> counts = new HashMap<>();
		ObjIntConsumer<String> add = (term, n) -> counts.merge(term, n, Integer::sum);
		scan(title, "", add);
		scan(title, "t:", add);
		scan(content, "", add);
		List<String> words = words(title + "。" + content);
		words.forEach(w -> add.accept("w:" + w, 1));
		return new Analysed(counts, words);
	}

	/** HanLP dictionary words of two characters or more, in text order. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (Term term : SEGMENT.get().seg(text)) {
			String word = term.word;
			// single characters are already counted; masked place names (A3区) are not words
			if (word.length() > 1 && isHan(word.charAt(0))) {
				words.add(word);
			}
		}
		return words;
	}

	private static void scan(String text, String prefix, ObjIntConsumer<String> add) {
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (isHan(c)) {
				int end = i;
				while (end < n && isHan(text.charAt(end))) {
					end++;
				}
				for (int k = i; k < end; k++) {
					add.accept(prefix + text.charAt(k), 1);
					if (k + 1 < end) {
						add.accept(prefix + text.substring(k, k + 2), 1);
					}
				}
				i = end;
			}
			else if (Character.isLetter(c)) {
				int end = i;
				while (end < n && Character.isLetter(text.charAt(end)) && !isHan(text.charAt(end))) {
					end++;
				}
				// Masked place names (A市, K8县) are single Latin letters: noise, not a word.
				if (end - i > 1) {
					add.accept(prefix + text.substring(i, end).toLowerCase(), 1);
				}
				i = end;
			}
			else {
				i++;
			}
		}
	}

	static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
