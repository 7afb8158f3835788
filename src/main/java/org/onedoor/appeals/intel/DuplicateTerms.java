package org.onedoor.appeals.intel;

import java.util.Set;

/**
 * What an appeal's text is about, as sets: its meaningful words ({@code words}, from HanLP,
 * synonyms applied), the words of its title, and its Chinese character pairs
 * ({@code bigrams}) for when the word cutter splits two texts differently.
 */
public record DuplicateTerms(Set<String> words, Set<String> titleWords, Set<String> bigrams) {

	public DuplicateTerms {
		words = Set.copyOf(words);
		titleWords = Set.copyOf(titleWords);
		bigrams = Set.copyOf(bigrams);
	}

}
