package org.onedoor.appeals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.appeals.reference.ReferenceData;
import org.onedoor.appeals.reference.ReferenceKind;
import org.onedoor.appeals.reference.SecondNode;
import org.onedoor.audit.AuditLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes over one database, each with its own copies of the reference data: a change made
 * through node A (or by plain SQL, as a migration or an operator would) is used by node B's very
 * next read, a table that did not change is not read again, and a change that was rolled back
 * never survives in a copy.
 */
class ReferenceCacheTests extends WorkTestSupport {

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditLog audit;

	@Autowired
	DeadlineRuleAdministration ruleAdministration;

	@Autowired
	DeadlineRuleStore rulesA;

	@Autowired
	DuplicateSynonymAdministration synonymAdministration;

	@Autowired
	DuplicateIndex indexA;

	@Autowired
	AutoDispatchSettings dispatchA;

	@Autowired
	CategoryAdministration categoryAdministration;

	@Autowired
	AppealStore storeA;

	SecondNode nodeB;

	DeadlineRuleStore rulesB;

	DuplicateIndex indexB;

	AutoDispatchSettings dispatchB;

	@BeforeEach
	void secondNode() {
		nodeB = new SecondNode(jdbc, dataSource);
		rulesB = new DeadlineRuleStore(jdbc, nodeB.reference);
		indexB = new DuplicateIndex(jdbc, nodeB.reference, Duration.ofDays(30), true);
		dispatchB = new AutoDispatchSettings(jdbc, audit, Clock.systemUTC(), nodeB.reference);
	}

	private static int acceptDays(List<DeadlineRule> rules) {
		return DeadlineRules.best(rules, DeadlineStage.ACCEPT, new AppealFacts(Channel.HOTLINE, AppealType.COMPLAINT,
				null, Urgency.NORMAL, null)).orElseThrow().amount();
	}

	@Test
	void aDeadlineRuleChangedOnOneNodeIsUsedByTheOthersNextRead() {
		int before = acceptDays(rulesB.all());
		assertThat(acceptDays(rulesA.all())).isEqualTo(before);
		DeadlineRule general = rulesA.all().stream()
			.filter(r -> r.stage() == DeadlineStage.ACCEPT && r.channel() == null && r.urgency() == null && r.type() == null)
			.findFirst().orElseThrow();
		ruleAdministration.change(general.id(), general.version(), before + 2, general.unit(), "测试");
		assertThat(acceptDays(rulesB.all())).isEqualTo(before + 2);
		assertThat(acceptDays(rulesA.all())).isEqualTo(before + 2);
		ruleAdministration.change(general.id(), general.version() + 1, before, general.unit(), general.note());
		assertThat(acceptDays(rulesB.all())).isEqualTo(before);
	}

	@Test
	void aSynonymAddedOnOneNodeGivesTheSameTermsOnTheOtherAtOnce() {
		assertThat(indexB.text().terms("楼下吵嚷声不断", "").words()).doesNotContain("噪音");
		synonymAdministration.save("吵嚷声", "噪音");
		assertThat(indexB.text().terms("楼下吵嚷声不断", "").words()).contains("噪音");
		assertThat(indexA.text().terms("楼下吵嚷声不断", "").words()).isEqualTo(indexB.text().terms("楼下吵嚷声不断", "").words());
		synonymAdministration.remove("吵嚷声");
		assertThat(indexB.text().terms("楼下吵嚷声不断", "").words()).doesNotContain("噪音");
	}

	@Test
	void automaticDispatchSwitchedOnOneNodeHoldsOnTheOtherAtOnce() {
		assertThat(dispatchB.anyEnabled()).isFalse();
		dispatchA.set("01", true, "0.95", "admin");
		assertThat(dispatchB.anyEnabled()).isTrue();
		assertThat(dispatchB.enabledFor("01")).hasValueSatisfying(s -> assertThat(s.threshold()).isEqualByComparingTo("0.95"));
		dispatchA.set("01", false, "0.95", "admin");
		assertThat(dispatchB.anyEnabled()).isFalse();
		assertThat(dispatchB.enabledFor("01")).isEmpty();
	}

	@Test
	void aRetiredCategoryIsRefusedByTheOtherNodesNextIntake() {
		assertThat(nodeB.categories.usable("0102")).isTrue();
		categoryAdministration.setActive("0102", false);
		assertThat(nodeB.categories.usable("0102")).isFalse();
		assertThat(nodeB.categories.usable("010201")).as("its children retire with it").isFalse();
		assertThat(storeA.categoryUsable("0102")).isFalse();
		categoryAdministration.setActive("0102", true);
		assertThat(nodeB.categories.usable("0102")).isTrue();
		assertThat(nodeB.categories.usable("010201")).as("restoring restores only the one asked for").isFalse();
		jdbc.sql("update appeals.category set active = true where code like '0102%'").update();
		assertThat(nodeB.categories.usable("010201")).isTrue();
	}

	@Test
	void aChangeByPlainSqlIsSeenToo() {
		assertThat(nodeB.categories.find("01").orElseThrow().name()).isEqualTo("城乡建设");
		jdbc.sql("update appeals.category set name = '城乡建设（改）' where code = '01'").update();
		assertThat(nodeB.categories.find("01").orElseThrow().name()).isEqualTo("城乡建设（改）");
		jdbc.sql("update appeals.category set name = '城乡建设' where code = '01'").update();
		assertThat(nodeB.categories.find("01").orElseThrow().name()).isEqualTo("城乡建设");
	}

	@Test
	void aTableIsReadAgainOnlyWhenItChanged() {
		AtomicInteger reads = new AtomicInteger();
		ReferenceData.Cached<Long> synonyms = nodeB.reference.cached(ReferenceKind.DUPLICATE_SYNONYM, () -> {
			reads.incrementAndGet();
			return jdbc.sql("select count(*) from appeals.duplicate_synonym").query(Long.class).single();
		});
		long count = synonyms.get();
		synonyms.get();
		jdbc.sql("update appeals.deadline_rule set note = note").update();
		synonyms.get();
		assertThat(reads).as("other tables' changes do not reload this one").hasValue(1);
		jdbc.sql("insert into appeals.duplicate_synonym (variant, canonical) values ('吵吵', '噪音')").update();
		assertThat(synonyms.get()).isEqualTo(count + 1);
		assertThat(reads).hasValue(2);
		jdbc.sql("delete from appeals.duplicate_synonym where variant = '吵吵'").update();
	}

	@Test
	void oneTransactionSeesTheReferenceDataAsOfItsFirstLook() {
		transactions.executeWithoutResult(status -> {
			assertThat(nodeB.categories.usable("0103")).isTrue();
			// another node retires it meanwhile (its own connection, committed)
			new TransactionTemplate(transactions.getTransactionManager(), requiresNew())
				.executeWithoutResult(s -> jdbc.sql("update appeals.category set active = false where code = '0103'").update());
			assertThat(nodeB.categories.usable("0103")).as("versions are read once per transaction").isTrue();
		});
		assertThat(nodeB.categories.usable("0103")).isFalse();
		jdbc.sql("update appeals.category set active = true where code = '0103'").update();
	}

	@Test
	void aCopyReadInsideARolledBackChangeNeverSurvivesIt() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("insert into appeals.duplicate_synonym (variant, canonical) values ('闹腾', '噪音')").update();
			assertThat(indexB.text().terms("邻居闹腾", "").words()).as("the transaction sees its own change").contains("噪音");
			status.setRollbackOnly();
		});
		// the next committed change must not carry the version the rolled-back one had
		jdbc.sql("insert into appeals.duplicate_synonym (variant, canonical) values ('吵吵闹闹', '噪音')").update();
		assertThat(indexB.text().terms("邻居闹腾", "").words()).doesNotContain("噪音");
		jdbc.sql("delete from appeals.duplicate_synonym where variant = '吵吵闹闹'").update();
	}

	private static org.springframework.transaction.TransactionDefinition requiresNew() {
		var definition = new org.springframework.transaction.support.DefaultTransactionDefinition();
		definition.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return definition;
	}

}
