package org.onedoor.identity;

import org.onedoor.shared.MobileNumber;

import org.onedoor.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Writes every sign-in, failed sign-in and sign-out to the audit trail. */
@Component
class SecurityAudit {

	private final AuditLog audit;

	SecurityAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			audit.recordAs(principal.getUsername(), "identity.signin.succeeded", "account",
					Long.toString(principal.signedIn().accountId()), null);
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String typed = AccountDetailsService.normalise(event.getAuthentication().getName());
		audit.recordAs(actorFor(typed), "identity.signin.failed", "account", null,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			audit.recordAs(principal.getUsername(), "identity.signout", "account",
					Long.toString(principal.signedIn().accountId()), null);
		}
	}

	/** What a failed attempt is recorded under: the name typed, with a mobile number masked. */
	static String actorFor(String typed) {
		if (typed == null || typed.isBlank()) {
			return "anonymous";
		}
		return MobileNumber.parse(typed).isPresent() ? Masking.mobile(typed) : typed;
	}

}
