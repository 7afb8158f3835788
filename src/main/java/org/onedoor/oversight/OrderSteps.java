package org.onedoor.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.audit.AuditLog;
import org.onedoor.calendar.OfficeHours;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.oversight.StaffContacts.Contact;
import org.onedoor.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/** What every supervision-order use case needs: the store, access rules, notices, audit, calendar, clock. */
@Component
class OrderSteps {

	static final int TEXT_MAX = 1000;

	final OrderStore store;

	final OrderAccess access;

	final OrderNotices notices;

	final StaffContacts contacts;

	final AuditLog audit;

	private final WorkingCalendar calendar;

	private final Clock clock;

	OrderSteps(OrderStore store, OrderAccess access, OrderNotices notices, StaffContacts contacts, AuditLog audit,
			WorkingCalendar calendar, Clock clock) {
		this.store = store;
		this.access = access;
		this.notices = notices;
		this.contacts = contacts;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return now().atZone(WarningNotices.CHINA).toLocalDate();
	}

	/** Close of office on the {@code days}-th working day after {@code from}'s day, in the unit's hours. */
	Instant workingDaysLater(Instant from, int days, long unitId) {
		OfficeHours hours = calendar.officeHours(unitId);
		LocalDate day = calendar.addWorkingDays(from.atZone(hours.zone()).toLocalDate(), days);
		List<OfficeHours.Session> sessions = hours.sessions();
		return day.atTime(sessions.get(sessions.size() - 1).end()).atZone(hours.zone()).toInstant();
	}

	/** The head and handlers of a unit: who must answer an order. */
	List<Contact> unitStaff(long unitId) {
		List<Contact> people = new ArrayList<>(contacts.withRole("UNIT_HEAD", List.of(unitId)));
		people.addAll(contacts.withRole("UNIT_HANDLER", List.of(unitId)));
		return people;
	}

	long firstAppeal(SupervisionOrder order) {
		return store.appeals(order.id()).get(0).appealId();
	}

	static String text(String parameter, String value, boolean required) {
		String trimmed = value == null ? "" : value.strip();
		if (required && trimmed.isEmpty()) {
			throw new InvalidInputException(parameter, "oversight.order.required");
		}
		if (trimmed.length() > TEXT_MAX) {
			throw new InvalidInputException(parameter, "oversight.order.tooLong", TEXT_MAX);
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	static int days(String parameter, Integer days) {
		if (days == null || days < 1 || days > 30) {
			throw new InvalidInputException(parameter, "oversight.order.days");
		}
		return days;
	}

}
