package org.onedoor.oversight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor issues supervision orders about open appeals: one order per unit concerned, so
 * that each unit answers for its own appeals.
 */
@Service
class IssueSupervisionOrders {

	record Request(List<Long> appealIds, String level, String reason, Integer answerDays) {
	}

	private record OpenStage(long appealId, String trackingNumber, long unitId, String divisionCode) {
	}

	private final OrderSteps steps;

	private final JdbcClient jdbc;

	private final Directory directory;

	IssueSupervisionOrders(OrderSteps steps, JdbcClient jdbc, Directory directory) {
		this.steps = steps;
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** @return the new orders' ids, one per unit */
	@Transactional
	List<Long> issue(Request request) {
		SignedIn me = steps.access.me();
		String level = request.level() == null ? "" : request.level();
		if (!level.equals("YELLOW") && !level.equals("RED")) {
			throw new InvalidInputException("level", "oversight.order.level");
		}
		String reason = OrderSteps.text("reason", request.reason(), true);
		int days = OrderSteps.days("answerDays", request.answerDays());
		Map<Long, List<OpenStage>> byUnit = openStages(request.appealIds());
		List<Long> ids = new ArrayList<>();
		for (Map.Entry<Long, List<OpenStage>> entry : byUnit.entrySet()) {
			Unit unit = directory.findUnit(entry.getKey()).orElseThrow();
			for (OpenStage stage : entry.getValue()) {
				String place = stage.divisionCode() != null ? stage.divisionCode() : unit.divisionCode();
				if (!steps.access.supervises(me, place)) {
					throw new AccessDeniedException("appeal " + stage.appealId() + " is outside this supervisor's division");
				}
			}
			ids.add(issueOne(me, unit, level, reason, days, entry.getValue()));
		}
		return ids;
	}

	private long issueOne(SignedIn me, Unit unit, String level, String reason, int days, List<OpenStage> stages) {
		var now = steps.now();
		var order = new OrderStore.NewOrder(unit.id(), unit.divisionCode(), level, reason, days,
				steps.workingDaysLater(now, days, unit.id()), me.accountId(), me.displayName(), now);
		long id = steps.store.insert(order,
				stages.stream().map(s -> new SupervisionOrder.Subject(s.appealId(), s.trackingNumber())).toList());
		SupervisionOrder issued = steps.store.load(id);
		steps.audit.record("oversight.order.issued", "supervision-order", issued.number(),
				level + " " + unit.code() + " " + stages.stream().map(OpenStage::trackingNumber).toList());
		steps.notices.tell(steps.unitStaff(unit.id()), issued, stages.get(0).appealId(), "ORDER",
				"oversight.order.notice.issued." + level, now, unit.name());
		return id;
	}

	private Map<Long, List<OpenStage>> openStages(List<Long> appealIds) {
		Set<Long> wanted = new LinkedHashSet<>(appealIds == null ? List.of() : appealIds);
		wanted.remove(null);
		if (wanted.isEmpty()) {
			throw new InvalidInputException("appealIds", "oversight.order.noAppeals");
		}
		if (wanted.size() > 200) {
			throw new InvalidInputException("appealIds", "oversight.order.tooMany", 200);
		}
		List<OpenStage> open = jdbc.sql("""
				select appeal_id, tracking_number, unit_id, division_code from oversight.stage_clock
				where appeal_id in (:ids) and open order by unit_id, tracking_number""")
			.param("ids", wanted)
			.query(OpenStage.class)
			.list();
		if (open.size() != wanted.size()) {
			throw new InvalidInputException("appealIds", "oversight.order.notOpen");
		}
		Map<Long, List<OpenStage>> byUnit = new LinkedHashMap<>();
		open.forEach(stage -> byUnit.computeIfAbsent(stage.unitId(), u -> new ArrayList<>()).add(stage));
		return byUnit;
	}

}
