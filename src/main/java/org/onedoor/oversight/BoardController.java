package org.onedoor.oversight;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.appeals.Channel;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.oversight.BoardQueries.Count;
import org.onedoor.oversight.BoardQueries.Row;
import org.onedoor.oversight.BoardQueries.Scope;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor board (督办看板): what is about to go late and what is late, per unit and per
 * person, with filters (htmx) and bulk actions. A supervisor sees their division; a unit head
 * their unit. No citizen's personal data is shown here at all.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'UNIT_HEAD')")
class BoardController {

	private final BoardQueries queries;

	private final OrderAccess access;

	private final Directory directory;

	private final StaffContacts contacts;

	private final RemindUnits reminders;

	private final Clock clock;

	BoardController(BoardQueries queries, OrderAccess access, Directory directory, StaffContacts contacts,
			RemindUnits reminders, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.directory = directory;
		this.contacts = contacts;
		this.reminders = reminders;
		this.clock = clock;
	}

	@GetMapping("/console/oversight")
	String board(BoardFilter filter, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		BoardFilter checked = filter.checked();
		SignedIn me = access.me();
		boolean supervisor = access.supervises(me, me.divisionCode());
		Scope scope = supervisor ? Scope.division(me.divisionCode()) : unitScope(me);
		Long unitId = checked.unit() == null ? null : directory.findUnitByCode(checked.unit())
			.map(Unit::id)
			.orElseThrow(() -> new InvalidInputException("unit", "oversight.board.unknownUnit", checked.unit()));
		Instant now = clock.instant();
		List<Row> soon = queries.soon(scope, checked, unitId, now);
		List<Row> late = queries.late(scope, checked, unitId, now);
		List<Count> perUnit = queries.counts("unit", scope, checked, unitId, now);
		List<Count> perPerson = queries.counts("person", scope, checked, unitId, now);
		model.addAttribute("filter", checked);
		model.addAttribute("soon", soon);
		model.addAttribute("late", late);
		model.addAttribute("perUnit", perUnit);
		model.addAttribute("perPerson", perPerson);
		model.addAttribute("unitNames", unitNames(soon, late, perUnit));
		model.addAttribute("personNames", personNames(soon, late, perPerson));
		model.addAttribute("horizon", queries.horizon(now, checked.hours()).atZone(WarningNotices.CHINA).toLocalDateTime());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("supervisor", supervisor);
		return htmx != null ? "oversight/board :: results" : "oversight/board";
	}

	@PostMapping("/console/oversight/remind")
	String remind(@RequestParam(name = "appealIds", required = false) List<Long> appealIds,
			RedirectAttributes redirect) {
		int reminded = reminders.remind(appealIds);
		redirect.addFlashAttribute("reminded", reminded);
		return "redirect:/console/oversight";
	}

	private static Scope unitScope(SignedIn me) {
		if (!me.has(Role.UNIT_HEAD) || me.unitId() == null) {
			throw new AccessDeniedException("the board is for supervisors and unit heads");
		}
		return Scope.unit(me.unitId());
	}

	private Map<Long, String> unitNames(List<Row> soon, List<Row> late, List<Count> perUnit) {
		Map<Long, String> names = new HashMap<>();
		soon.forEach(r -> names.computeIfAbsent(r.unitId(), this::unitName));
		late.forEach(r -> names.computeIfAbsent(r.unitId(), this::unitName));
		perUnit.forEach(c -> names.computeIfAbsent(c.key(), this::unitName));
		return names;
	}

	private String unitName(Long id) {
		return directory.findUnit(id).map(Unit::name).orElse("#" + id);
	}

	private Map<Long, String> personNames(List<Row> soon, List<Row> late, List<Count> perPerson) {
		Map<Long, String> names = new HashMap<>();
		java.util.function.Consumer<Long> add = id -> {
			if (id != null) {
				names.computeIfAbsent(id, key -> contacts.account(key).map(StaffContacts.Contact::displayName).orElse("—"));
			}
		};
		soon.forEach(r -> add.accept(r.responsibleAccountId()));
		late.forEach(r -> add.accept(r.responsibleAccountId()));
		perPerson.forEach(c -> add.accept(c.key()));
		return names;
	}

}
