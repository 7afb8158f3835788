package org.onedoor.appeals;

import java.util.List;
import java.util.Optional;

import org.onedoor.appeals.routing.ClassifierScore;
import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 自动派单: right after an appeal is registered (and not merged into another), when the
 * classifier's best first-level category is switched on for automatic dispatch, its confidence
 * reaches the category's threshold and the 派单目录 names a unit for the appeal's place, the
 * system accepts and dispatches it, with the reason in its history and the audit trail. Its own
 * transaction: a failure leaves the appeal registered for a dispatcher, as without the switch.
 * Automatic dispatches teach the classifier nothing; a unit's 退单 and the dispatcher's
 * re-dispatch do ({@link RoutingExamples}).
 */
@Component
class AutoDispatch {

	/** How the history shows the step (显示为「系统自动派单」). */
	static final Actor SYSTEM = new Actor("系统自动派单", null, null);

	private static final Logger log = LoggerFactory.getLogger(AutoDispatch.class);

	private final CaseStore cases;

	private final RoutingModels models;

	private final AutoDispatchSettings settings;

	private final DispatchCatalogue catalogue;

	private final Directory directory;

	private final AcceptAppeal accept;

	private final DispatchAppeal dispatch;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	AutoDispatch(CaseStore cases, RoutingModels models, AutoDispatchSettings settings, DispatchCatalogue catalogue,
			Directory directory, AcceptAppeal accept, DispatchAppeal dispatch, AuditLog audit, JdbcClient jdbc,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.cases = cases;
		this.models = models;
		this.settings = settings;
		this.catalogue = catalogue;
		this.directory = directory;
		this.accept = accept;
		this.dispatch = dispatch;
		this.audit = audit;
		this.jdbc = jdbc;
		// after the intake's commit its transaction is finished: the dispatch needs one of its own
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Called by registration inside its transaction: the attempt runs once that has committed.
	 * A plain synchronization rather than an event listener, because the event publication registry
	 * would write and flush two more rows for every appeal; if the node stops between the commit and
	 * the attempt, the appeal waits for a dispatcher, exactly as when an attempt fails.
	 */
	void afterCommit(long appealId) {
		// asked inside the intake's transaction, where the settings' version is already known: with
		// automatic dispatch off everywhere (most installations) nothing runs after the commit
		if (!settings.anyEnabled()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				registered(appealId);
			}
		});
	}

	void registered(long appealId) {
		try {
			transaction.executeWithoutResult(status -> attempt(appealId));
		}
		catch (RuntimeException ex) {
			log.warn("Automatic dispatch of appeal {} not done, left for a dispatcher: {}", appealId, ex.toString());
		}
	}

	private void attempt(long appealId) {
		AppealCase appeal = cases.load(appealId);
		if (appeal.status() != AppealStatus.REGISTERED || !settings.anyEnabled()) {
			return;
		}
		ClassifierScore best = models.suggest(appeal.title(), appeal.content(), 1).get(0);
		Optional<String> code = jdbc.sql("select code from appeals.category where level = 1 and active and name = ?")
			.param(best.category())
			.query(String.class)
			.optional();
		var setting = code.flatMap(settings::enabledFor);
		if (setting.isEmpty() || best.confidence() < setting.get().threshold().doubleValue()) {
			return;
		}
		String topCode = code.get();
		String lookupCode = appeal.categoryCode() != null && appeal.categoryCode().startsWith(topCode)
				? appeal.categoryCode() : topCode;
		Optional<DispatchCatalogue.Entry> entry = catalogue.lookup(lookupCode, appeal.divisionCode());
		Optional<Unit> lead = entry.flatMap(e -> directory.findUnitByCode(e.leadUnitCode())).filter(Unit::active);
		if (lead.isEmpty()) {
			return;
		}
		List<Long> coUnits = entry.get().coUnitCodes().stream()
			.map(directory::findUnitByCode)
			.flatMap(Optional::stream)
			.filter(Unit::active)
			.map(Unit::id)
			.toList();
		String reason = String.format("自动派单：%s（置信度 %.2f ≥ 阈值 %s），派单目录 %s → %s", best.category(),
				best.confidence(), setting.get().threshold().toPlainString(), entry.get().divisionPrefix(),
				lead.get().name());
		if (appeal.categoryCode() == null) {
			cases.set(appealId, CaseStore.columns("category_code", topCode));
		}
		accept.accept(cases.load(appealId), null, reason, SYSTEM);
		dispatch.dispatch(cases.load(appealId), null, lead.get().id(), coUnits, reason, SYSTEM);
		audit.recordAs(SYSTEM.name(), "appeals.auto-dispatched", "appeal", appeal.trackingNumber().value(), reason);
	}

}
