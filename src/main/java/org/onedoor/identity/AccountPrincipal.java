package org.onedoor.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The account as Spring Security holds it in the session. The password hash is only needed
 * while signing in and is erased afterwards.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final SignedIn signedIn;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private String passwordHash;

	AccountPrincipal(SignedIn signedIn, String passwordHash, boolean enabled, boolean mustChangePassword) {
		this.signedIn = signedIn;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	AccountPrincipal withPasswordHash(String newHash) {
		return new AccountPrincipal(signedIn, newHash, enabled, mustChangePassword);
	}

	SignedIn signedIn() {
		return signedIn;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(signedIn);
	}

	static List<GrantedAuthority> authoritiesOf(SignedIn signedIn) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		signedIn.roles().stream().sorted().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		if (signedIn.isStaff()) {
			authorities.add(new SimpleGrantedAuthority(Role.STAFF_AUTHORITY));
			if (signedIn.has(Role.ADMIN) || signedIn.has(Role.SUPERVISOR)) {
				authorities.add(new SimpleGrantedAuthority(Role.AUDIT_READER_AUTHORITY));
			}
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	/**
	 * The name the audit trail and logs see: a staff username, or for citizens their account
	 * number, because a mobile number is personal data.
	 */
	@Override
	public String getUsername() {
		return signedIn.unitId() != null ? signedIn.loginName() : "citizen#" + signedIn.accountId();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && signedIn.accountId() == that.signedIn.accountId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(signedIn.accountId());
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + getUsername() + "]";
	}

}
