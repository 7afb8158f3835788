package org.onedoor.applications;

import java.util.List;

import org.onedoor.applications.ApprovalRoute.Move;
import org.onedoor.applications.CaseFiles.NoticeItem;
import org.onedoor.audit.AuditLog;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The window clerk's check of a submitted application: accept (受理, with a receipt), one
 * one-time notice listing everything missing or wrong (一次性告知, the clock stops; a second
 * notice for the same application is refused), or reject (不予受理) with the reason.
 */
@Service
class CheckApplication {

	private final ApplicationStore store;

	private final CaseFiles files;

	private final ApplicationAccess access;

	private final ApplicationDeadlines deadlines;

	private final Letters letters;

	private final LetterTexts texts;

	private final StepAssignment steps;

	private final AuditLog audit;

	CheckApplication(ApplicationStore store, CaseFiles files, ApplicationAccess access, ApplicationDeadlines deadlines,
			Letters letters, LetterTexts texts, StepAssignment steps, AuditLog audit) {
		this.store = store;
		this.files = files;
		this.access = access;
		this.deadlines = deadlines;
		this.letters = letters;
		this.texts = texts;
		this.steps = steps;
		this.audit = audit;
	}

	@Transactional
	void accept(String number, SignedIn clerk) {
		Application a = checkable(number, clerk);
		Progress p = new Progress(a);
		p.acceptedOn = deadlines.today();
		Move move = a.route().afterAcceptance();
		steps.apply(a, p, move, deadlines.today());
		store.updateProgress(a.id(), p);
		Application accepted = store.lock(number);
		files.saveDocument(a.id(), DocumentKind.RECEIPT,
				letters.render(texts.receipt(accepted, deadlines.of(accepted).due())));
		files.log(a.id(), clerk.loginName(), "accepted", null, null);
		audit.record("applications.accepted", "application", number, a.itemCode());
	}

	@Transactional
	void issueNotice(String number, SignedIn clerk, List<NoticeItem> items) {
		Application a = checkable(number, clerk);
		if (a.noticeIssued()) {
			throw new InvalidInputException("notice", "applications.notice.once");
		}
		if (items.isEmpty()) {
			throw new InvalidInputException("items", "applications.notice.empty");
		}
		for (NoticeItem item : items) {
			boolean known = "OTHER".equals(item.materialCode())
					|| a.materials().stream().anyMatch(m -> m.code().equals(item.materialCode()));
			if (!known || item.reason() == null || item.reason().isBlank() || item.reason().length() > 300) {
				throw new InvalidInputException("items", "applications.notice.item", item.materialName());
			}
		}
		Progress p = new Progress(a);
		p.moveTo(ApplicationState.NOTICE_ISSUED);
		p.noticeIssued = true;
		p.clock = p.clock.stop(deadlines.today());
		store.updateProgress(a.id(), p);
		files.addNoticeItems(a.id(), items);
		files.saveDocument(a.id(), DocumentKind.NOTICE, letters.render(texts.notice(a, items)));
		files.log(a.id(), clerk.loginName(), "notice", null, items.size() + "");
		audit.record("applications.notice.issued", "application", number, items.size() + " items");
	}

	@Transactional
	void reject(String number, SignedIn clerk, String reason) {
		Application a = checkable(number, clerk);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new InvalidInputException("reason", "applications.reject.reason");
		}
		Progress p = new Progress(a);
		p.moveTo(ApplicationState.REJECTED);
		p.clock = p.clock.stop(deadlines.today());
		p.decisionNote = why;
		store.updateProgress(a.id(), p);
		files.saveDocument(a.id(), DocumentKind.REJECTION, letters.render(texts.rejection(a, why)));
		files.log(a.id(), clerk.loginName(), "rejected", null, why);
		audit.record("applications.rejected", "application", number, why);
	}

	private Application checkable(String number, SignedIn clerk) {
		Application a = store.lock(number);
		if (!access.isClerk(a, clerk)) {
			throw new NotFoundException("applications.notFound", number);
		}
		if (a.state() != ApplicationState.SUBMITTED) {
			throw new InvalidInputException("state", "applications.state.notSubmitted");
		}
		return a;
	}

}
