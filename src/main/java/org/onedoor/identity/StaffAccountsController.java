package org.onedoor.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff administration in the console: list, create, change roles and unit, enable, reset password. */
@Controller
@RequestMapping("/console/accounts")
@PreAuthorize("hasRole('ADMIN')")
class StaffAccountsController {

	private static final int PAGE_SIZE = 20;

	private final AccountRepository accounts;

	private final StaffAdministration administration;

	private final Directory directory;

	private final AuditLog audit;

	StaffAccountsController(AccountRepository accounts, StaffAdministration administration, Directory directory,
			AuditLog audit) {
		this.accounts = accounts;
		this.administration = administration;
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Long unitId = unit.isBlank() ? null
				: directory.findUnitByCode(unit.trim().toUpperCase(java.util.Locale.ROOT)).map(Unit::id).orElse(-1L);
		int current = Math.max(page, 0);
		long total = accounts.countStaff(q, unitId);
		List<AccountRecord> rows = accounts.searchStaff(q, unitId, PAGE_SIZE, current * PAGE_SIZE);
		model.addAttribute("rows", rows.stream().map(this::row).toList());
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("page", current);
		model.addAttribute("total", total);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		return "identity/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("allRoles", staffRoles());
		model.addAttribute("chosen", Set.of());
		return "identity/account-new";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String unitCode, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(defaultValue = "") String password, HttpServletResponse response, Model model) {
		Set<Role> chosen = roles == null ? Set.of() : roles;
		try {
			long id = administration.create(new NewStaffAccount(username, displayName, unitCode, chosen, password));
			return "redirect:/console/accounts/" + id + "?created";
		}
		catch (InvalidInputException ex) {
			FormErrors.show(model, response, ex);
			model.addAttribute("allRoles", staffRoles());
			model.addAttribute("chosen", chosen);
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			model.addAttribute("unitCode", unitCode);
			return "identity/account-new";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountRecord account = accounts.findById(id)
			.filter(AccountRecord::isStaff)
			.orElseThrow(() -> new NotFoundException("identity.account.notFound", id));
		model.addAttribute("account", row(account));
		model.addAttribute("allRoles", staffRoles());
		model.addAttribute("history", audit.entriesFor("account", Long.toString(id), 20));
		return "identity/account";
	}

	@PostMapping("/{id}/roles")
	String roles(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Set<Role> roles,
			HttpServletResponse response, Model model) {
		return apply(id, response, model, () -> administration.changeRoles(id, version, roles == null ? Set.of() : roles));
	}

	@PostMapping("/{id}/unit")
	String unit(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String unitCode,
			HttpServletResponse response, Model model) {
		return apply(id, response, model, () -> administration.changeUnit(id, version, unitCode));
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam int version, @RequestParam boolean enabled,
			HttpServletResponse response, Model model) {
		return apply(id, response, model, () -> administration.setEnabled(id, version, enabled));
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String password,
			HttpServletResponse response, Model model) {
		return apply(id, response, model, () -> administration.resetPassword(id, version, password));
	}

	private String apply(long id, HttpServletResponse response, Model model, Runnable change) {
		try {
			change.run();
			return "redirect:/console/accounts/" + id + "?saved";
		}
		catch (InvalidInputException ex) {
			String page = show(id, model);
			FormErrors.show(model, response, ex);
			return page;
		}
	}

	private StaffRow row(AccountRecord account) {
		Unit unit = account.unitId() == null ? null : directory.findUnit(account.unitId()).orElse(null);
		return new StaffRow(account, unit);
	}

	private static List<Role> staffRoles() {
		return EnumSet.complementOf(EnumSet.of(Role.CITIZEN)).stream().toList();
	}

	/** An account with its unit, for the pages. */
	record StaffRow(AccountRecord account, Unit unit) {
	}

}
