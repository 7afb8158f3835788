package org.onedoor.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Search in PostgreSQL over the demo catalogue: words, pairs, pinyin initials and full pinyin. */
class CatalogueSearchTests extends CatalogueTestSupport {

	@Autowired
	SearchIndex search;

	@Autowired
	ItemQueries queries;

	List<String> names(String q) {
		return queries.rows(search.search(q, 10)).stream().map(ItemQueries.ItemRow::name).toList();
	}

	@Test
	void pinyinInitialsFindTheLawyersLicenceFirst() {
		assertThat(names("lszy")).first().isEqualTo("律师执业许可");
		assertThat(names("zyxk")).contains("律师执业许可");
		assertThat(names("lvshi")).first().isEqualTo("律师执业许可");
	}

	@Test
	void chineseWordsAndPairsFindItems() {
		assertThat(names("身份证")).first().isEqualTo("居民身份证换领");
		assertThat(names("结婚")).first().isEqualTo("内地居民结婚登记");
		assertThat(names("养老保险")).contains("城乡居民基本养老保险参保登记", "城乡居民基本养老保险待遇申领");
		assertThat(names("开饭店 食品经营")).first().isEqualTo("食品经营许可");
	}

	@Test
	void nothingMatchesNothing() {
		assertThat(names("qqqqzz")).isEmpty();
		assertThat(names("")).isEmpty();
	}

}
