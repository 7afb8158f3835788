package org.onedoor.identity;

import java.util.EnumSet;
import java.util.Set;

import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to staff accounts. Each change names the version it was based on
 * (a concurrent edit fails with a conflict) and is written to the audit trail with it.
 */
@Service
@Transactional
class StaffAdministration {

	private final AccountRepository accounts;

	private final Directory directory;

	private final PasswordEncoder hashing;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	StaffAdministration(AccountRepository accounts, Directory directory, PasswordEncoder hashing, AuditLog audit,
			CurrentUser currentUser) {
		this.accounts = accounts;
		this.directory = directory;
		this.hashing = hashing;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	long create(NewStaffAccount request) {
		String username = Usernames.require(request.username());
		if (accounts.usernameTaken(username)) {
			throw new InvalidInputException("username", "identity.username.taken", username);
		}
		String name = DisplayName.require(request.displayName());
		Unit unit = activeUnit(request.unitCode());
		Set<Role> roles = staffRoles(request.roles());
		PasswordPolicy.require("password", request.password(), username);
		long id = accounts.insertStaff(username, name, hashing.encode(request.password()), unit.id(), roles, true);
		String subject = Long.toString(id);
		audit.record("identity.account.created", "account", subject, username + " @ " + unit.code());
		roles.forEach(role -> audit.record("identity.role.granted", "account", subject, role.name()));
		return id;
	}

	void changeRoles(long id, int version, Set<Role> requested) {
		AccountRecord account = staff(id);
		Set<Role> roles = staffRoles(requested);
		if (isSelf(id) && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			throw new InvalidInputException("roles", "identity.account.selfLockout");
		}
		accounts.updateRoles(id, version, roles);
		String subject = Long.toString(id);
		roles.stream().filter(r -> !account.roles().contains(r))
			.forEach(r -> audit.record("identity.role.granted", "account", subject, r.name()));
		account.roles().stream().filter(r -> !roles.contains(r))
			.forEach(r -> audit.record("identity.role.revoked", "account", subject, r.name()));
	}

	void changeUnit(long id, int version, String unitCode) {
		AccountRecord account = staff(id);
		Unit unit = activeUnit(unitCode);
		accounts.updateUnit(id, version, unit.id());
		String before = directory.findUnit(account.unitId()).map(Unit::code).orElse(String.valueOf(account.unitId()));
		audit.record("identity.unit.changed", "account", Long.toString(id), before + " -> " + unit.code());
	}

	void setEnabled(long id, int version, boolean enabled) {
		staff(id);
		if (!enabled && isSelf(id)) {
			throw new InvalidInputException("enabled", "identity.account.selfLockout");
		}
		accounts.updateEnabled(id, version, enabled);
		audit.record(enabled ? "identity.account.enabled" : "identity.account.disabled", "account", Long.toString(id),
				null);
	}

	/** Sets a temporary password the owner must replace at their next sign-in. */
	void resetPassword(long id, int version, String password) {
		AccountRecord account = staff(id);
		PasswordPolicy.require("password", password, account.username());
		accounts.updatePassword(id, version, hashing.encode(password), true);
		audit.record("identity.password.reset", "account", Long.toString(id), null);
	}

	private AccountRecord staff(long id) {
		return accounts.findById(id)
			.filter(AccountRecord::isStaff)
			.orElseThrow(() -> new NotFoundException("identity.account.notFound", id));
	}

	private Unit activeUnit(String code) {
		String trimmed = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
		Unit unit = directory.findUnitByCode(trimmed)
			.orElseThrow(() -> new InvalidInputException("unitCode", "identity.unit.unknown", trimmed));
		if (!unit.active()) {
			throw new InvalidInputException("unitCode", "identity.unit.inactive", unit.name());
		}
		return unit;
	}

	private static Set<Role> staffRoles(Set<Role> requested) {
		if (requested == null || requested.isEmpty()) {
			throw new InvalidInputException("roles", "identity.roles.required");
		}
		if (requested.contains(Role.CITIZEN)) {
			throw new InvalidInputException("roles", "identity.roles.citizen");
		}
		return EnumSet.copyOf(requested);
	}

	private boolean isSelf(long id) {
		return currentUser.get().map(me -> me.accountId() == id).orElse(false);
	}

}
