package org.onedoor.appeals;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the deadline rules, each audited with the before and after. Deadlines already set
 * do not move; new stages use the new rule.
 */
@Service
class DeadlineRuleAdministration {

	private final DeadlineRuleStore store;

	private final AppealStore appeals;

	private final AuditLog audit;

	DeadlineRuleAdministration(DeadlineRuleStore store, AppealStore appeals, AuditLog audit) {
		this.store = store;
		this.appeals = appeals;
		this.audit = audit;
	}

	@Transactional
	long add(DeadlineRule rule) {
		check(rule.amount(), rule.unit(), rule.note());
		if (rule.stage() == null) {
			throw new InvalidInputException("stage", "appeals.rules.stage.required");
		}
		if (rule.categoryCode() != null && !appeals.categoryUsable(rule.categoryCode())) {
			throw new InvalidInputException("categoryCode", "appeals.intake.category.unknown");
		}
		try {
			long id = store.insert(rule, actor());
			audit.record("appeals.deadline-rule.created", "deadline-rule", String.valueOf(id), describe(rule));
			return id;
		}
		catch (DuplicateKeyException same) {
			throw new InvalidInputException("stage", "appeals.rules.duplicate");
		}
	}

	@Transactional
	void change(long id, int version, int amount, DeadlineUnit unit, String note) {
		check(amount, unit, note);
		DeadlineRule before = store.find(id).orElseThrow(() -> new NotFoundException("appeals.rules.notFound"));
		if (!store.update(id, version, amount, unit, note == null ? null : note.strip(), actor())) {
			throw new OptimisticLockingFailureException("deadline rule " + id + " changed meanwhile");
		}
		audit.record("appeals.deadline-rule.changed", "deadline-rule", String.valueOf(id),
				describe(before) + " -> " + amount + " " + unit);
	}

	@Transactional
	void remove(long id, int version) {
		DeadlineRule before = store.find(id).orElseThrow(() -> new NotFoundException("appeals.rules.notFound"));
		if (before.channel() == null && before.type() == null && before.petitionType() == null
				&& before.urgency() == null && before.categoryCode() == null) {
			// the general rule of a stage is what every appeal falls back on
			throw new InvalidInputException("id", "appeals.rules.generalKept");
		}
		if (!store.delete(id, version)) {
			throw new OptimisticLockingFailureException("deadline rule " + id + " changed meanwhile");
		}
		audit.record("appeals.deadline-rule.deleted", "deadline-rule", String.valueOf(id), describe(before));
	}

	private static void check(int amount, DeadlineUnit unit, String note) {
		if (unit == null) {
			throw new InvalidInputException("unit", "appeals.rules.unit.required");
		}
		if (amount < 1 || amount > DeadlineRule.MAX_AMOUNT) {
			throw new InvalidInputException("amount", "appeals.rules.amount.range", DeadlineRule.MAX_AMOUNT);
		}
		if (note != null && note.strip().length() > 200) {
			throw new InvalidInputException("note", "appeals.intake.tooLong", 200);
		}
	}

	private static String describe(DeadlineRule rule) {
		return rule.stage() + " channel=" + rule.channel() + " type=" + rule.type() + " petition=" + rule.petitionType()
				+ " urgency=" + rule.urgency() + " category=" + rule.categoryCode() + ": " + rule.amount() + " "
				+ rule.unit();
	}

	private static String actor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
