package org.onedoor.applications;

import org.onedoor.audit.AuditLog;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery of the decision (送达): picked up at the window, or posted with the address and the
 * carrier's tracking number. Completes the application; the applicant may then rate it.
 */
@Service
class DeliverResult {

	private final ApplicationStore store;

	private final CaseFiles files;

	private final ApplicationAccess access;

	private final ApplicationDeadlines deadlines;

	private final AuditLog audit;

	DeliverResult(ApplicationStore store, CaseFiles files, ApplicationAccess access, ApplicationDeadlines deadlines, AuditLog audit) {
		this.store = store;
		this.files = files;
		this.access = access;
		this.deadlines = deadlines;
		this.audit = audit;
	}

	@Transactional
	void deliver(String number, SignedIn clerk, String method, String address, String tracking) {
		Application a = store.lock(number);
		if (!access.isClerk(a, clerk)) {
			throw new NotFoundException("applications.notFound", number);
		}
		Progress p = new Progress(a);
		p.moveTo(ApplicationState.COMPLETED);
		if ("POST".equals(method)) {
			p.deliveryAddress = required(address, "address", 300);
			p.trackingNumber = required(tracking, "trackingNumber", 40);
		}
		else if (!"WINDOW".equals(method)) {
			throw new InvalidInputException("delivery", "applications.delivery.method");
		}
		p.delivery = method;
		p.completedOn = deadlines.today();
		store.updateProgress(a.id(), p);
		files.log(a.id(), clerk.loginName(), "delivered", null, method);
		audit.record("applications.delivered", "application", number, method);
	}

	private static String required(String value, String parameter, int max) {
		String clean = value == null ? "" : value.strip();
		if (clean.isEmpty() || clean.length() > max) {
			throw new InvalidInputException(parameter, "applications.delivery." + parameter, max);
		}
		return clean;
	}

}
