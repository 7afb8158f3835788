package org.onedoor.appeals;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.directory.Directory;
import org.onedoor.shared.MobileNumber;
import org.onedoor.shared.ResidentIdNumber;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登记: the one way into the appeal flow for every channel. Checks the intake rules and the
 * references (category, division), stores the appeal with a fresh tracking number and its first
 * history line, and announces it. All or nothing.
 */
@Service
class RegisterAppeal {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String AUTO_MERGED = "（同一事项，自动合并）";

	private final AppealStore store;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Deadlines deadlines;

	private final DuplicateCheck duplicates;

	private final MergeAppeals merges;

	private final AutoDispatch autoDispatch;

	RegisterAppeal(AppealStore store, Directory directory, ApplicationEventPublisher events, Clock clock,
			Deadlines deadlines, DuplicateCheck duplicates, MergeAppeals merges, AutoDispatch autoDispatch) {
		this.store = store;
		this.autoDispatch = autoDispatch;
		this.duplicates = duplicates;
		this.merges = merges;
		this.deadlines = deadlines;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	RegisteredAppeal register(NewAppeal appeal, Actor actor) {
		List<IntakeProblem> problems = new ArrayList<>(AppealIntakeRules.check(appeal));
		if (appeal.categoryCode() != null && !appeal.categoryCode().isBlank() && !store.categoryUsable(appeal.categoryCode())) {
			problems.add(new IntakeProblem("categoryCode", "appeals.intake.category.unknown"));
		}
		String division = blank(appeal.divisionCode());
		if (division != null && division.matches("\\d{12}") && directory.findDivision(division).isEmpty()) {
			problems.add(new IntakeProblem("divisionCode", "appeals.intake.division.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new AppealNotRegisteredException(problems);
		}
		NewAppeal clean = normalized(appeal);
		Instant now = clock.instant();
		// 受理时限 starts at registration (信访: 15 days to decide acceptance)
		Instant acceptBy = deadlines.due(DeadlineStage.ACCEPT, new AppealFacts(clean.channel(), clean.type(),
				clean.petitionType(), clean.urgency(), clean.categoryCode()), now, null);
		RegisteredAppeal registered = insertWithFreshNumber(clean, now, acceptBy);
		store.recordTransition(registered.id(), "REGISTER", null, AppealStatus.REGISTERED, actor, null, true);
		events.publishEvent(new AppealRegistered(registered.id(), registered.trackingNumber(), clean.channel(),
				clean.type(), clean.divisionCode(), clean.categoryCode(), now));
		// one matter, one ticket: a sure duplicate joins the appeal already being handled and is
		// never dispatched again (the lifecycle allows a merged appeal no dispatch)
		var duplicate = duplicates.check(registered.id(), clean, now);
		if (duplicate.isPresent()) {
			long primary = merges.merge(registered.id(), duplicate.get().candidateId(), Actor.SYSTEM, AUTO_MERGED);
			TrackingNumber primaryNumber = new TrackingNumber(merges.number(primary));
			return new RegisteredAppeal(registered.id(), registered.trackingNumber(), now, primaryNumber);
		}
		autoDispatch.afterCommit(registered.id());
		return registered;
	}

	private RegisteredAppeal insertWithFreshNumber(NewAppeal appeal, Instant now, Instant acceptBy) {
		YearMonth month = YearMonth.from(now.atZone(CHINA));
		// a clash is one in hundreds of billions a month; try another number a few times, then give up loudly
		for (int attempt = 0; attempt < 4; attempt++) {
			TrackingNumber number = TrackingNumber.next(month);
			var id = store.insert(appeal, number, now, acceptBy);
			if (id.isPresent()) {
				return new RegisteredAppeal(id.get(), number, now);
			}
		}
		throw new IllegalStateException("four tracking numbers in a row were taken");
	}

	/** Stores what people meant, not how they typed it: trimmed text, canonical numbers. */
	private static NewAppeal normalized(NewAppeal a) {
		String mobile = blank(a.citizenMobile()) == null ? null : MobileNumber.parse(a.citizenMobile()).orElseThrow().value();
		String id = blank(a.citizenIdNumber()) == null ? null
				: ResidentIdNumber.parse(a.citizenIdNumber()).orElseThrow().value();
		return new NewAppeal(a.channel(), a.type(), a.petitionType(), a.title().strip(), a.content().strip(),
				blank(a.categoryCode()), blank(a.divisionCode()), blank(a.address()), a.latitude(), a.longitude(),
				blank(a.citizenName()), mobile, id, a.citizenAccountId(), a.anonymous(), a.confidential(), a.urgency(),
				a.filedByAccountId(), a.filedOnBehalf(), blank(a.citizenEmail()));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
