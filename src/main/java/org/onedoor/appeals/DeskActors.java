package org.onedoor.appeals;

import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.SignedIn;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Turns the signed-in person into the {@link Actor} the appeal's history records. */
@Component
class DeskActors {

	private final CurrentUser currentUser;

	DeskActors(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** A staff member by name, account and unit; the citizen's timeline shows only the unit. */
	Actor staff() {
		return currentUser.get()
			.map(s -> new Actor(s.displayName(), s.accountId(), s.unitId()))
			.orElseGet(() -> new Actor(SecurityContextHolder.getContext().getAuthentication().getName(), null, null));
	}

	/** A citizen, signed in or not. */
	Actor citizen() {
		return Actor.citizen(currentUser.get().map(SignedIn::accountId).orElse(null));
	}

	java.util.Optional<SignedIn> signedIn() {
		return currentUser.get();
	}

}
