package org.onedoor.identity;

import org.onedoor.shared.MobileNumber;

import java.util.Locale;
import java.util.Optional;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account for what someone typed on the sign-in form: a mobile number finds a
 * citizen, anything else a staff username. Also stores a re-hashed password when Spring
 * Security finds a hash made with an older algorithm or weaker parameters at sign-in.
 */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	private final Directory directory;

	AccountDetailsService(AccountRepository accounts, Directory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@Override
	public UserDetails loadUserByUsername(String login) {
		return find(login).map(this::principal).orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/** Rewrites only the hash: the password itself did not change, so neither does the version. */
	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		AccountPrincipal principal = (AccountPrincipal) user;
		accounts.rehash(principal.signedIn().accountId(), newPasswordHash);
		return principal.withPasswordHash(newPasswordHash);
	}

	Optional<AccountRecord> find(String login) {
		String typed = normalise(login);
		return MobileNumber.parse(typed).isPresent() ? accounts.findByMobile(typed) : accounts.findByUsername(typed);
	}

	AccountPrincipal principal(AccountRecord account) {
		String division = account.unitId() == null ? null
				: directory.findUnit(account.unitId()).map(Unit::divisionCode).map(String::trim).orElse(null);
		SignedIn signedIn = new SignedIn(account.id(), account.loginName(), account.displayName(), account.roles(),
				account.unitId(), division);
		return new AccountPrincipal(signedIn, account.passwordHash(), account.enabled(), account.mustChangePassword());
	}

	/** Usernames are case-insensitive; mobile numbers are often typed with spaces or dashes. */
	static String normalise(String login) {
		if (login == null) {
			return "";
		}
		String trimmed = login.trim().toLowerCase(Locale.ROOT);
		return MobileNumber.parse(trimmed).map(MobileNumber::value).orElse(trimmed);
	}

}
