package org.onedoor.applications;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onedoor.audit.AuditLog;
import org.onedoor.catalogue.Catalogue;
import org.onedoor.catalogue.ServiceItem;
import org.onedoor.catalogue.ServiceItem.RequiredMaterial;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing: start a draft for an item, save the form, upload and remove materials, submit. The
 * applicant files online; a window clerk files for a walk-in (WINDOW) and a village agent for a
 * villager whose consent is recorded (AGENT). Resubmitting after a one-time notice runs the
 * clock again.
 */
@Service
class FileApplication {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApplicationStore store;

	private final CaseFiles files;

	private final Catalogue catalogue;

	private final ApplicationDeadlines deadlines;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	FileApplication(ApplicationStore store, CaseFiles files, Catalogue catalogue, ApplicationDeadlines deadlines, AuditLog audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.files = files;
		this.catalogue = catalogue;
		this.deadlines = deadlines;
		this.audit = audit;
		this.events = events;
	}

	/** Starts a draft; the channel follows from who files it. */
	@Transactional
	String start(String itemCode, SignedIn filer, ApplicantForm form, long hallUnitId, String consent) {
		ServiceItem item = catalogue.item(itemCode).orElseThrow(() -> new NotFoundException("applications.item.notFound", itemCode));
		Channel channel = filer.has(Role.WINDOW_CLERK) ? Channel.WINDOW
				: filer.has(Role.VILLAGE_AGENT) ? Channel.AGENT : Channel.ONLINE;
		if (channel == Channel.ONLINE && !item.online()) {
			throw new InvalidInputException("item", "applications.item.notOnline", item.name());
		}
		String consentNote = consent == null ? "" : consent.strip();
		if (channel == Channel.AGENT && (consentNote.isEmpty() || consentNote.length() > 300)) {
			throw new InvalidInputException("consent", "applications.form.consent");
		}
		Applicant applicant = form.check();
		String number = newNumber();
		Long owner = channel == Channel.ONLINE ? filer.accountId() : null;
		long id = store.insert(new Application(0, number, item.code(), item.version(), item.name(), item.unitId(), hallUnitId,
				item.promisedDays(), channel, owner, filer.accountId(), channel == Channel.AGENT ? consentNote : null,
				applicant, form.fields(), item.materials(), item.steps(), ApplicationState.DRAFT, null, null, null, null,
				ProcessingClock.notStarted(), false, null, null, null, null, null, null, null, null, null, 0));
		files.log(id, filer.loginName(), "created", null, channel.name());
		audit.record("applications.created", "application", number, item.code() + " " + channel);
		return number;
	}

	@Transactional
	void save(Application a, SignedIn me, ApplicantForm form) {
		requireEditable(a);
		store.updateForm(a.id(), form.check(), form.fields());
		files.log(a.id(), me.loginName(), "saved", null, null);
	}

	@Transactional
	void upload(Application a, SignedIn me, String materialCode, String originalName, byte[] bytes) {
		requireEditable(a);
		RequiredMaterial material = a.materials().stream().filter(m -> m.code().equals(materialCode)).findFirst()
			.orElseThrow(() -> new InvalidInputException("material", "applications.material.unknown", materialCode));
		String type = MaterialPolicy.check(originalName, bytes);
		long already = files.materials(a.id()).stream().filter(m -> m.materialCode().equals(materialCode)).count();
		if (already >= MaterialPolicy.MAX_FILES_PER_MATERIAL) {
			throw new InvalidInputException("file", "applications.material.tooMany", MaterialPolicy.MAX_FILES_PER_MATERIAL);
		}
		files.addMaterial(a.id(), materialCode, MaterialPolicy.storedName(originalName, type), type, bytes);
		files.log(a.id(), me.loginName(), "uploaded", null, material.name());
	}

	@Transactional
	void remove(Application a, SignedIn me, long materialId) {
		requireEditable(a);
		files.removeMaterial(a.id(), materialId);
		files.log(a.id(), me.loginName(), "removed", null, null);
	}

	/** Submits; every required material needs at least one file. */
	@Transactional
	void submit(String number, SignedIn me) {
		Application a = store.lock(number);
		requireEditable(a);
		Set<String> present = new HashSet<>();
		files.materials(a.id()).forEach(m -> present.add(m.materialCode()));
		List<String> missing = a.materials().stream().filter(m -> m.required() && m.condition() == null)
			.filter(m -> !present.contains(m.code())).map(RequiredMaterial::name).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("materials", "applications.material.missing", String.join("、", missing));
		}
		Progress p = new Progress(a);
		boolean resubmission = a.state() == ApplicationState.NOTICE_ISSUED;
		p.moveTo(ApplicationState.SUBMITTED);
		p.clock = p.clock.start(deadlines.today());
		if (p.submittedOn == null) {
			p.submittedOn = deadlines.today();
		}
		store.updateProgress(a.id(), p);
		files.log(a.id(), me.loginName(), resubmission ? "resubmitted" : "submitted", null, null);
		audit.record(resubmission ? "applications.resubmitted" : "applications.submitted", "application", number, a.itemCode());
		events.publishEvent(new ApplicationSubmitted(number, a.itemCode(), a.hallUnitId(), a.channel()));
	}

	private static void requireEditable(Application a) {
		if (a.state() != ApplicationState.DRAFT && a.state() != ApplicationState.NOTICE_ISSUED) {
			throw new InvalidInputException("state", "applications.state.notEditable");
		}
	}

	private String newNumber() {
		String day = deadlines.today().format(DateTimeFormatter.BASIC_ISO_DATE);
		while (true) {
			String candidate = "SB" + day + String.format("%06d", RANDOM.nextInt(1_000_000));
			if (store.find(candidate).isEmpty()) {
				return candidate;
			}
		}
	}

}
