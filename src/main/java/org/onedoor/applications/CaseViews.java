package org.onedoor.applications;

import java.util.List;

import org.onedoor.applications.CaseFiles.HistoryEntry;
import org.onedoor.applications.CaseFiles.NoticeItem;
import org.onedoor.applications.CaseFiles.StoredMaterial;
import org.onedoor.applications.ApplicationDeadlines.DeadlineView;
import org.onedoor.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Everything a page shows about one application. Staff who only handle it see the applicant
 * masked; the full details are revealed on request and the reveal is audited.
 */
@Component
class CaseViews {

	record CaseView(Application application, Applicant applicant, DeadlineView deadline, String hallName,
			String unitName, List<StoredMaterial> uploads, List<DocumentKind> documents, List<HistoryEntry> history,
			List<NoticeItem> noticeItems, boolean reviewed) {

		public boolean editable() {
			return application.state() == ApplicationState.DRAFT || application.state() == ApplicationState.NOTICE_ISSUED;
		}

		public long uploadsFor(String materialCode) {
			return uploads.stream().filter(u -> u.materialCode().equals(materialCode)).count();
		}

	}

	private final CaseFiles files;

	private final ApplicationDeadlines deadlines;

	private final ServiceHalls halls;

	private final ApplicationReviews reviews;

	private final AuditLog audit;

	CaseViews(CaseFiles files, ApplicationDeadlines deadlines, ServiceHalls halls, ApplicationReviews reviews, AuditLog audit) {
		this.files = files;
		this.deadlines = deadlines;
		this.halls = halls;
		this.reviews = reviews;
		this.audit = audit;
	}

	CaseView of(Application a, boolean masked, boolean reveal) {
		Applicant shown = a.applicant();
		if (masked && reveal) {
			audit.record("personal-data.revealed", "application", a.number(), "applicant");
		}
		else if (masked) {
			shown = shown.masked();
		}
		return new CaseView(a, shown, deadlines.of(a), halls.name(a.hallUnitId()), halls.name(a.unitId()),
				files.materials(a.id()), files.documents(a.id()), files.history(a.id()), files.noticeItems(a.id()),
				reviews.reviewed(a.id()));
	}

	/** A row of a list: no files, no history. */
	record Row(Application application, DeadlineView deadline, String hallName) {
	}

	List<Row> rows(List<Application> list) {
		return list.stream().map(a -> new Row(a, deadlines.of(a), halls.name(a.hallUnitId()))).toList();
	}

}
