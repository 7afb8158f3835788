package org.onedoor.identity;

import org.onedoor.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** JSON for apps and pages: who am I, and (for staff) who is account n. */
@RestController
class IdentityApi {

	private final CurrentUser currentUser;

	private final Accounts accounts;

	IdentityApi(CurrentUser currentUser, Accounts accounts) {
		this.currentUser = currentUser;
		this.accounts = accounts;
	}

	@GetMapping("/api/identity/me")
	SignedIn me() {
		return currentUser.require();
	}

	@GetMapping("/api/identity/accounts/{id}")
	@PreAuthorize("hasAuthority('STAFF')")
	AccountSummary account(@PathVariable long id) {
		return accounts.find(id).orElseThrow(() -> new NotFoundException("identity.account.notFound", id));
	}

}
