package org.onedoor.oversight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.identity.SignedIn;

import org.springframework.ui.Model;

/** What the order pages share: the model of one order and the names shown beside ids. */
final class OrderPages {

	private OrderPages() {
	}

	static String show(SupervisionOrder order, String view, OrderAccess access, OrderStore store, Directory directory,
			Model model) {
		SignedIn me = access.reader(order);
		model.addAttribute("order", order);
		model.addAttribute("appeals", store.appeals(order.id()));
		model.addAttribute("unitName", unitName(directory, order.unitId()));
		model.addAttribute("escalatedToName",
				order.escalatedToUnitId() == null ? null : unitName(directory, order.escalatedToUnitId()));
		model.addAttribute("mayAnswer", order.awaitsAnswer() && access.isUnitStaff(me) && me.unitId() == order.unitId());
		model.addAttribute("mayReview",
				order.state() == OrderLifecycle.State.ANSWERED && access.supervises(me, order.unitDivisionCode()));
		return view;
	}

	static Map<Long, String> unitNames(Directory directory, List<SupervisionOrder> orders) {
		Map<Long, String> names = new HashMap<>();
		orders.forEach(o -> names.computeIfAbsent(o.unitId(), id -> unitName(directory, id)));
		return names;
	}

	static String unitName(Directory directory, long unitId) {
		return directory.findUnit(unitId).map(Unit::name).orElse("#" + unitId);
	}

	/** A whole number from a form field, {@code null} when empty, -1 (refused later as out of range) when not a number. */
	static Integer number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
