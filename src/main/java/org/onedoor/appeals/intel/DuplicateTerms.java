package org.onedoor.appeals.intel;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an appeal's text is about, as sets: its meaningful words ({@code words}, from HanLP,
 * synonyms applied), the words of its title, and its Chinese character pairs
 * ({@code bigrams}) for when the word cutter splits two texts differently.
 */
public record DuplicateTerms(Set<String> words, Set<String> titleWords, Set<String> bigrams) {

	/** Words an appeal is found by (postings); enough for its title and its most telling words. */
	public static final int INDEXED = 12;

	/** Words a new appeal searches with: more than are indexed, so a reworded copy still meets them. */
	public static final int SEARCHED = 24;

	public DuplicateTerms {
		words = Set.copyOf(words);
		titleWords = Set.copyOf(titleWords);
		bigrams = Set.copyOf(bigrams);
	}

	/**
	 * The words that find this appeal, best first: title words, then the longer words (place
	 * names, 搅拌站) before the short common ones (小区); the same text always gives the same list.
	 */
	public List<String> searchTerms(int max) {
		Comparator<String> telling = Comparator.comparing((String w) -> -w.length()).thenComparing(w -> w);
		return Stream.concat(titleWords.stream().sorted(telling),
				words.stream().filter(w -> !titleWords.contains(w)).sorted(telling))
			.limit(max)
			.toList();
	}

}
