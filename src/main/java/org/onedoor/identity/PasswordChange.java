package org.onedoor.identity;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Someone changes their own password, proving they know the current one. */
@Service
class PasswordChange {

	private final AccountRepository accounts;

	private final PasswordEncoder hashing;

	private final AuditLog audit;

	PasswordChange(AccountRepository accounts, PasswordEncoder hashing, AuditLog audit) {
		this.accounts = accounts;
		this.hashing = hashing;
		this.audit = audit;
	}

	@Transactional
	void change(long accountId, String current, String replacement, String confirmation) {
		AccountRecord account = accounts.findById(accountId)
			.orElseThrow(() -> new InvalidInputException("current", "identity.password.currentWrong"));
		if (current == null || !hashing.matches(current, account.passwordHash())) {
			throw new InvalidInputException("current", "identity.password.currentWrong");
		}
		PasswordPolicy.require("password", replacement, account.username(), account.mobile());
		if (!replacement.equals(confirmation)) {
			throw new InvalidInputException("confirmation", "identity.password.mismatch");
		}
		if (hashing.matches(replacement, account.passwordHash())) {
			throw new InvalidInputException("password", "identity.password.unchanged");
		}
		accounts.updatePassword(account.id(), account.version(), hashing.encode(replacement), false);
		audit.record("identity.password.changed", "account", Long.toString(account.id()), null);
	}

}
