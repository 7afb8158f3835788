package org.onedoor.appeals.intel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Cuts an appeal's text into the terms duplicate matching and hot topics compare. Only words
 * that carry meaning are kept (nouns, verbs, adjectives, places, names of things); the polite
 * and procedural words every appeal has (领导您好, 投诉, 反映, 问题) are dropped, or every
 * appeal would look like every other.
 */
public final class DuplicateText {

	/**
	 * HanLP's dictionary (double-array trie) segmenter with part-of-speech tags: some 15 times
	 * faster than its Viterbi segmenter, which intake (milliseconds per appeal) and the hot-topic
	 * command (thousands of messages in seconds) need; character pairs make up for its misses.
	 */
	private static final Segment SEGMENT = HanLP.newSegment("dat").enablePartOfSpeechTagging(true);

	/** Boilerplate of appeals, and the anonymised city names of the public data (A市, A2区). */
	private static final Set<String> STOP = Set.of("领导", "您好", "你好", "尊敬", "请问", "投诉", "反映", "反应", "问题",
			"希望", "相关", "部门", "有关", "情况", "谢谢", "感谢", "请求", "要求", "解决", "处理", "没有", "现在", "已经", "进行",
			"一个", "我们", "他们", "什么", "怎么", "为什么", "是否", "可以", "能否", "能不能", "目前", "今年", "去年", "政府",
			"市民", "群众", "居民", "业主", "本人", "严重", "影响", "关于", "咨询", "建议", "举报", "导致", "出现", "存在",
			"我家", "您", "尽快", "及时", "时候", "如何", "一直", "市长", "书记", "同志", "工作", "知道", "表示", "需要");

	private static final java.util.regex.Pattern ANONYMISED = java.util.regex.Pattern.compile("[A-Z]\\d*[市区县]?");

	private final DuplicateSynonyms synonyms;

	public DuplicateText(DuplicateSynonyms synonyms) {
		this.synonyms = synonyms;
	}

	public DuplicateTerms terms(String title, String content) {
		String t = clean(title);
		String c = clean(content);
		Set<String> titleWords = words(t);
		Set<String> words = new TreeSet<>(titleWords);
		words.addAll(words(c));
		return new DuplicateTerms(words, titleWords, bigrams(t + "。" + c));
	}

	/** The meaningful words of a text, in a stable order. */
	public Set<String> words(String text) {
		Set<String> out = new TreeSet<>();
		List<Term> terms;
		synchronized (SEGMENT) {
			// HanLP's segment objects are configured once and shared; cutting is guarded because
			// the library does not promise that concurrent use of one instance is safe
			terms = SEGMENT.seg(text);
		}
		for (Term term : terms) {
			String word = term.word.strip();
			String nature = term.nature == null ? "" : term.nature.toString();
			if (word.length() < 2 || STOP.contains(word) || !meaningful(nature) || isAnonymisedPlace(word)) {
				continue;
			}
			out.add(word);
		}
		return out;
	}

	/** Pairs of adjacent Chinese characters (or digits), a stop word's pairs left out. */
	public static Set<String> bigrams(String text) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i + 1 < text.length(); i++) {
			char a = text.charAt(i);
			char b = text.charAt(i + 1);
			if (han(a) && han(b)) {
				out.add(text.substring(i, i + 2));
			}
		}
		return out;
	}

	String clean(String text) {
		return text == null ? "" : synonyms.apply(text.strip());
	}

	private static boolean han(char c) {
		// the common ideographs first: the script lookup is a binary search, run for every character of every appeal
		if (c >= '\u4e00' && c <= '\u9fff') {
			return true;
		}
		return c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean meaningful(String nature) {
		return nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a") || nature.startsWith("g")
				|| nature.startsWith("s") || nature.equals("x") || nature.startsWith("nx") || nature.startsWith("j")
				|| nature.startsWith("l") || nature.startsWith("i");
	}

	/** The public data write 长沙 as A市 and its districts as A2区; those say nothing about the matter. */
	private static boolean isAnonymisedPlace(String word) {
		return ANONYMISED.matcher(word).matches();
	}

}
