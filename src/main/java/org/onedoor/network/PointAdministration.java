package org.onedoor.network;

import java.util.List;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators register, change, close and reopen points, and import many at once; all audited. */
@Service
class PointAdministration {

	private final PointStore store;

	private final CheckPoint check;

	private final AuditLog audit;

	PointAdministration(PointStore store, CheckPoint check, AuditLog audit) {
		this.store = store;
		this.check = check;
		this.audit = audit;
	}

	@Transactional
	long register(PointForm form) {
		PointDraft draft = check.check(form).orThrow();
		refuseTwin(draft, null);
		long id = store.insert(draft);
		audit.record("network.point.registered", "service-point", Long.toString(id), summary(draft));
		return id;
	}

	@Transactional
	void change(long id, int version, PointForm form) {
		PointDraft draft = check.check(form, existing(id).items()).orThrow();
		refuseTwin(draft, id);
		if (!store.update(id, version, draft)) {
			throw new InvalidInputException("version", "network.point.changedMeanwhile");
		}
		audit.record("network.point.changed", "service-point", Long.toString(id), summary(draft));
	}

	@Transactional
	void setActive(long id, int version, boolean active) {
		existing(id);
		if (!store.setActive(id, version, active)) {
			throw new InvalidInputException("version", "network.point.changedMeanwhile");
		}
		audit.record(active ? "network.point.reopened" : "network.point.closed", "service-point", Long.toString(id), null);
	}

	/** All rows or none: the import is checked again here, since the file may have changed since the preview. */
	@Transactional
	int importAll(String csv) {
		PointImport.Preview preview = PointImport.read(csv, check, store);
		if (!preview.acceptable()) {
			throw new InvalidInputException("file", "network.import.refused", preview.problemCount());
		}
		List<PointDraft> drafts = preview.drafts();
		for (PointDraft draft : drafts) {
			store.insert(draft);
		}
		audit.record("network.point.imported", "service-point", "import", drafts.size() + " points");
		return drafts.size();
	}

	ServicePoint existing(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("network.point.notFound", id));
	}

	private void refuseTwin(PointDraft draft, Long self) {
		if (store.exists(draft.division().code(), draft.name(), self)) {
			throw new InvalidInputException("name", "network.point.duplicate", draft.name());
		}
	}

	private static String summary(PointDraft draft) {
		return draft.name() + " @ " + draft.division().code() + " items=" + String.join(",", draft.items());
	}

}
