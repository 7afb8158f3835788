package org.onedoor.appeals.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The category tree as lexicon features and as extra examples. */
class ClassifierKnowledgeTests {

	private static Map<String, String> row(String first, String second, String third) {
		return Map.of("一级分类", first, "二级分类", second, "三级分类", third);
	}

	private static final List<Map<String, String>> TREE = List.of(row("环境保护", "环境污染", "噪音污染"),
			row("环境保护", "环境污染", "水污染"), row("环境保护", "其他", "其他"), row("商贸旅游", "市场监管", "物价监督"),
			row("商贸旅游", "市场监管", "其他"), row("城乡建设", "城市建设和市政管理", "小区管理"),
			row("交通运输", "出租车管理", "行业监管"), row("卫生计生", "医政监管", "医疗机构管理"));

	@Test
	void wordsOfATreeNameCountForItsFirstLevelCategory() {
		ClassifierLexicon lexicon = ClassifierLexicon.of(TREE);
		Map<String, Integer> terms = new HashMap<>();
		lexicon.addTerms(List.of("工地", "噪音", "污染", "物价"), (t, n) -> terms.merge(t, n, Integer::sum));
		assertThat(terms).containsEntry("lex:环境保护", 2).containsEntry("lex:商贸旅游", 1).hasSize(2);
	}

	@Test
	void wordsSharedByThreeCategoriesOrMoreSayNothing() {
		// 管理 and 监管 occur under four first-level categories in the rows above
		ClassifierLexicon lexicon = ClassifierLexicon.of(TREE);
		assertThat(lexicon.categoriesOf("管理")).isEmpty();
		assertThat(lexicon.categoriesOf("监管")).isEmpty();
		assertThat(lexicon.categoriesOf("噪音")).containsExactly("环境保护");
	}

	@Test
	void theShippedTreeKnowsTheSevenCategoriesWords() {
		ClassifierLexicon lexicon = ClassifierLexicon.shipped();
		assertThat(lexicon.categoriesOf("噪音")).contains("环境保护");
		assertThat(lexicon.categoriesOf("快递")).contains("交通运输");
		assertThat(lexicon.categoriesOf("传销")).contains("商贸旅游");
	}

	@Test
	void theShippedTreeGivesFortyThreeExamplesForTheSevenCategories() {
		List<ClassifierExample> examples = ClassifierTreeExamples.shipped(List.of("交通运输", "劳动和社会保障", "卫生计生",
				"商贸旅游", "城乡建设", "教育文体", "环境保护"));
		assertThat(examples).hasSize(43).anySatisfy(e -> {
			assertThat(e.title()).isEqualTo("市场监管");
			assertThat(e.content()).contains("物价监督");
			assertThat(e.category()).isEqualTo("商贸旅游");
		});
	}

	@Test
	void eachSecondLevelNameOfALearntCategoryIsOneExample() {
		List<ClassifierExample> examples = ClassifierTreeExamples.of(TREE, List.of("环境保护", "商贸旅游"));
		assertThat(examples).containsExactly(new ClassifierExample("环境污染", "噪音污染，水污染", "环境保护"),
				new ClassifierExample("市场监管", "物价监督", "商贸旅游"));
	}

}
