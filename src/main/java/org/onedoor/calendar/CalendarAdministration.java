package org.onedoor.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.onedoor.audit.AuditLog;
import org.onedoor.directory.Directory;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's changes to the calendar. Each change, its audit entry, the revision bump
 * and the {@link CalendarYearPublished} event commit together; then this node reloads at once
 * and the others within their next revision check.
 */
@Service
class CalendarAdministration {

	private final CalendarStore store;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Directory directory;

	CalendarAdministration(CalendarStore store, WorkingCalendar calendar, AuditLog audit,
			ApplicationEventPublisher events, TransactionTemplate transactions, Directory directory) {
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.directory = directory;
	}

	YearPreview preview(YearFile file) {
		List<SpecialDay> current = store.daysOf(file.year());
		boolean replacing = store.publishedYear(file.year()).isPresent();
		return new YearPreview(file, replacing, YearDiff.between(current, file.days()), YearDiff.fingerprint(current),
				HolidayCsv.write(file.days()));
	}

	/**
	 * Stores the year as previewed.
	 * @throws CalendarChangedMeanwhile if the year no longer matches {@code basedOn}
	 */
	YearDiff publish(YearFile file, String source, String basedOn) {
		if (!file.valid()) {
			throw new IllegalArgumentException("only a checked file may be published");
		}
		YearDiff diff = transactions.execute(status -> {
			store.bumpRevision();
			List<SpecialDay> current = store.daysOf(file.year());
			if (!YearDiff.fingerprint(current).equals(basedOn)) {
				throw new CalendarChangedMeanwhile(file.year());
			}
			boolean replacing = store.publishedYear(file.year()).isPresent();
			store.replaceYear(file.year(), file.days(), source, actor());
			YearDiff changes = YearDiff.between(current, file.days());
			audit.record(replacing ? "calendar.year.replaced" : "calendar.year.imported", "calendar-year",
					String.valueOf(file.year()), "%d days; +%d -%d ~%d; source: %s".formatted(file.days().size(),
							changes.added().size(), changes.removed().size(), changes.changed().size(), source));
			events.publishEvent(new CalendarYearPublished(file.year(), changes.changedDates()));
			return changes;
		});
		calendar.refresh();
		return diff;
	}

	void saveDay(int year, SpecialDay day) {
		requirePublished(year);
		transactions.executeWithoutResult(status -> {
			store.bumpRevision();
			store.saveDay(year, day);
			audit.record("calendar.day.saved", "calendar-day", day.date().toString(),
					day.kind() + " " + day.name());
			events.publishEvent(new CalendarYearPublished(year, Set.of(day.date())));
		});
		calendar.refresh();
	}

	void removeDay(int year, LocalDate date) {
		if (date.getYear() != year) {
			throw new NotFoundException("calendar.day.notFound", date.toString());
		}
		transactions.executeWithoutResult(status -> {
			store.bumpRevision();
			if (!store.deleteDay(date)) {
				throw new NotFoundException("calendar.day.notFound", date.toString());
			}
			audit.record("calendar.day.removed", "calendar-day", date.toString(), null);
			events.publishEvent(new CalendarYearPublished(date.getYear(), Set.of(date)));
		});
		calendar.refresh();
	}

	void defineOfficeHours(long unitId, OfficeHours hours) {
		if (directory.findUnit(unitId).isEmpty()) {
			throw new InvalidInputException("unitId", "calendar.hours.unknownUnit", String.valueOf(unitId));
		}
		transactions.executeWithoutResult(status -> {
			store.bumpRevision();
			store.saveOfficeHours(unitId, hours, actor());
			audit.record("calendar.office-hours.defined", "unit", String.valueOf(unitId), hours.toString());
		});
		calendar.refresh();
	}

	void removeOfficeHours(long unitId) {
		transactions.executeWithoutResult(status -> {
			store.bumpRevision();
			if (store.deleteOfficeHours(unitId)) {
				audit.record("calendar.office-hours.removed", "unit", String.valueOf(unitId), null);
			}
		});
		calendar.refresh();
	}

	/** Units keeping their own office hours, with their names from the directory. */
	List<UnitOfficeHours> unitOfficeHours() {
		return calendar.unitOfficeHours().entrySet().stream()
			.sorted(java.util.Map.Entry.comparingByKey())
			.map(entry -> new UnitOfficeHours(entry.getKey(),
					directory.findUnit(entry.getKey()).map(org.onedoor.directory.Unit::name).orElse("—"),
					OfficeHoursText.format(entry.getValue())))
			.toList();
	}

	List<PublishedYear> publishedYears() {
		return store.publishedYears();
	}

	PublishedYear publishedYear(int year) {
		return store.publishedYear(year).orElseThrow(() -> new NotFoundException("calendar.year.notFound", String.valueOf(year)));
	}

	List<SpecialDay> daysOf(int year) {
		return store.daysOf(year);
	}

	private void requirePublished(int year) {
		publishedYear(year);
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null ? authentication.getName() : "system";
	}

}
