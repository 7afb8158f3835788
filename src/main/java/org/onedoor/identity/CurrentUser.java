package org.onedoor.identity;

import java.util.Optional;

import org.onedoor.directory.Directory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is signed in on the current request, and what they may act for. Other modules ask this
 * instead of reading Spring Security's context themselves.
 */
@Service
public class CurrentUser {

	private final Directory directory;

	CurrentUser(Directory directory) {
		this.directory = directory;
	}

	/** The signed-in account, empty for anonymous requests and for test users without an account. */
	public Optional<SignedIn> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.signedIn());
		}
		return Optional.empty();
	}

	/** @throws AccessDeniedException when nobody with an account is signed in */
	public SignedIn require() {
		return get().orElseThrow(() -> new AccessDeniedException("No signed-in account"));
	}

	/** Whether the signed-in staff member may act for the unit {@code unitId}. */
	public boolean canActFor(long unitId) {
		Optional<SignedIn> signedIn = get();
		if (signedIn.isEmpty()) {
			return false;
		}
		if (signedIn.get().unitId() != null && signedIn.get().unitId() == unitId) {
			return signedIn.get().isStaff();
		}
		return directory.findUnit(unitId)
			.map(unit -> signedIn.get().canActFor(unit.id(), unit.divisionCode()))
			.orElse(false);
	}

	/** Whether the signed-in staff member covers the whole division {@code divisionCode}. */
	public boolean covers(String divisionCode) {
		return get().map(s -> s.covers(divisionCode)).orElse(false);
	}

}
