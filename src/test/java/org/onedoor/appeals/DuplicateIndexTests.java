package org.onedoor.appeals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.intel.DuplicateTerms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate index of a new appeal is written in one statement: its terms and its postings
 * under its county (or the empty county), and indexing it again changes nothing.
 */
class DuplicateIndexTests extends WorkTestSupport {

	@Autowired
	DuplicateIndex index;

	@Autowired
	TransactionTemplate transactions;

	private List<String> postings(long id) {
		return jdbc.sql("select term_key from appeals.duplicate_posting where appeal_id = ? order by term_key")
			.param(id)
			.query(String.class)
			.list();
	}

	private DuplicateTerms storedTerms(long id) {
		return jdbc.sql("select words, title_words, bigrams from appeals.duplicate_terms where appeal_id = ?")
			.param(id)
			.query((rs, n) -> new DuplicateTerms(java.util.Set.of((String[]) rs.getArray(1).getArray()),
					java.util.Set.of((String[]) rs.getArray(2).getArray()), java.util.Set.of((String[]) rs.getArray(3).getArray())))
			.single();
	}

	private RegisteredAppeal register(String title, String content, String mobile, String division) {
		clock.set("2026-06-01T10:00:00");
		return appeals.register(NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about(title, content)
			.citizen("居民", mobile, null)
			.place(division, division == null ? null : "金华园小区3栋")
			.build(), Actor.SYSTEM);
	}

	private static List<String> keys(String county, DuplicateTerms terms) {
		return terms.searchTerms(DuplicateTerms.INDEXED).stream().map(w -> county + ":" + w).sorted().toList();
	}

	@Test
	void aNewAppealGetsItsTermsAndItsCountysPostings() {
		RegisteredAppeal appeal = register("观山湖区金华园小区电梯经常停运", "金华园小区3栋电梯本月已停运四次，老人上下楼困难，请督促物业维修。",
				"13700000021", "520115000000");
		DuplicateTerms terms = storedTerms(appeal.id());
		assertThat(terms.words()).contains("电梯");
		assertThat(postings(appeal.id())).isNotEmpty().isEqualTo(keys("520115", terms));

		List<String> before = postings(appeal.id());
		boolean again = transactions.execute(status -> index.index(appeal.id(),
				index.text().terms("完全不同的标题", "完全不同的内容"), appeal.registeredAt()));
		assertThat(again).as("an indexed appeal is left as it is").isFalse();
		assertThat(postings(appeal.id())).isEqualTo(before);
		assertThat(storedTerms(appeal.id())).isEqualTo(terms);
	}

	@Test
	void anAppealWithoutACountyIsPostedUnderTheEmptyCounty() {
		RegisteredAppeal appeal = register("咨询医保异地报销", "在外省住院，医保异地报销需要准备哪些材料？", "13700000022", null);
		assertThat(postings(appeal.id())).isNotEmpty().isEqualTo(keys("", storedTerms(appeal.id())));
	}

}
