package org.onedoor.appeals;

import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.onedoor.identity.CurrentUser;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see one appeal's private parts (tracking details, attachments): staff who may open the
 * appeal in the console ({@link StaffScope#viewer}: its dispatcher, operators, supervisors, its
 * units), the citizen whose appeal it is (by account or account mobile), or whoever proved the
 * tracking number and the mobile's last four digits in this browser session. Staff of other
 * units see nothing, as in the console.
 */
@Component
class DeskAccess {

	private static final String GRANTS = "appeals.desk.tracked";

	private final CurrentUser currentUser;

	private final StaffScope scope;

	private final CaseStore cases;

	DeskAccess(CurrentUser currentUser, StaffScope scope, CaseStore cases) {
		this.currentUser = currentUser;
		this.scope = scope;
		this.cases = cases;
	}

	void grant(HttpSession session, long appealId) {
		Set<Long> grants = grants(session);
		grants.add(appealId);
		session.setAttribute(GRANTS, grants);
	}

	boolean mayView(DeskAppeal appeal, HttpSession session) {
		return (isStaff() && inStaffScope(appeal)) || owns(appeal)
				|| (session != null && grants(session).contains(appeal.id()));
	}

	private boolean inStaffScope(DeskAppeal appeal) {
		try {
			scope.viewer(cases.load(appeal.id()));
			return true;
		}
		catch (AccessDeniedException ex) {
			return false;
		}
	}

	boolean owns(DeskAppeal appeal) {
		return currentUser.get().filter(s -> s.has(Role.CITIZEN)).map(s -> ownedBy(appeal, s)).orElse(false);
	}

	static boolean ownedBy(DeskAppeal appeal, SignedIn citizen) {
		return (appeal.citizenAccountId() != null && appeal.citizenAccountId() == citizen.accountId())
				|| (appeal.citizenMobile() != null && appeal.citizenMobile().equals(citizen.loginName()));
	}

	static boolean isStaff() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Role.STAFF_AUTHORITY::equals);
	}

	@SuppressWarnings("unchecked")
	private static Set<Long> grants(HttpSession session) {
		Object value = session.getAttribute(GRANTS);
		return value instanceof Set<?> set ? (Set<Long>) set : new HashSet<>();
	}

}
