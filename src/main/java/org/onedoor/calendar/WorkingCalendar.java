package org.onedoor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * China's working-day calendar, for every deadline in OneDoor. Answers come from an in-memory
 * snapshot (deadline arithmetic is on the intake hot path); each node compares the database's
 * calendar revision every {@code onedoor.calendar.refresh-check} (30 s by default), and the node
 * that made a change reloads at once, so all nodes agree within that bound.
 * <p>
 * Days in years whose notice is not published yet follow the weekend rule and are marked
 * provisional. Methods taking a unit id use that unit's office hours, or the default
 * (09:00-12:00, 13:30-17:30, Asia/Shanghai) when it keeps none or the id is {@code null}.
 */
@Service
public class WorkingCalendar {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

	private final CalendarStore store;

	private volatile CalendarSnapshot snapshot;

	WorkingCalendar(CalendarStore store) {
		this.store = store;
	}

	/** Whether a day is worked, and why. */
	public CalendarDay day(LocalDate date) {
		return snapshot().schedule().day(date);
	}

	public boolean isWorkingDay(LocalDate date) {
		return snapshot().schedule().isWorkingDay(date);
	}

	/**
	 * The {@code days}-th working day after {@code from} ({@code from} itself is not counted);
	 * {@code from} when {@code days} is 0.
	 * @throws IllegalArgumentException if days is negative or more than 10,000
	 */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		return snapshot().schedule().addWorkingDays(from, days);
	}

	/** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return snapshot().schedule().workingDaysBetween(from, to);
	}

	/** Working days between the calendar dates (in the office's zone) of two instants. */
	public int workingDaysBetween(Instant from, Instant to, Long unitId) {
		OfficeHours hours = officeHours(unitId);
		return workingDaysBetween(from.atZone(hours.zone()).toLocalDate(), to.atZone(hours.zone()).toLocalDate());
	}

	/** The instant {@code hours} office hours after {@code start}, with the default office hours. */
	public Instant addWorkingHours(Instant start, int hours) {
		return addWorkingTime(start, Duration.ofHours(hours), null);
	}

	/**
	 * The instant at which {@code amount} of office time of the unit has passed after
	 * {@code start}, counting only its sessions on working days.
	 */
	public Instant addWorkingTime(Instant start, Duration amount, Long unitId) {
		return snapshot().clock(unitId).plus(start, amount);
	}

	/** Office time of the unit between two instants; negative when {@code to} is earlier. */
	public Duration workingTimeBetween(Instant from, Instant to, Long unitId) {
		return snapshot().clock(unitId).between(from, to);
	}

	public OfficeHours officeHours(Long unitId) {
		return snapshot().hoursOf(unitId);
	}

	/** Units that keep their own office hours. */
	java.util.Map<Long, OfficeHours> unitOfficeHours() {
		return snapshot().unitHours();
	}

	/** Whether the State Council's notice for the year has been entered. */
	public boolean isPublished(int year) {
		return snapshot().schedule().isPublished(year);
	}

	/** Whether every year from {@code from} to {@code to} is published, so the answer is final. */
	public boolean isFinal(LocalDate from, LocalDate to) {
		return snapshot().schedule().covers(from, to);
	}

	public SortedSet<Integer> publishedYears() {
		return snapshot().schedule().publishedYears();
	}

	@Scheduled(fixedDelayString = "${onedoor.calendar.refresh-check:PT30S}",
			initialDelayString = "${onedoor.calendar.refresh-check:PT30S}")
	void refreshIfChanged() {
		try {
			CalendarSnapshot current = snapshot;
			if (current != null && store.revision() != current.revision()) {
				refresh();
			}
		}
		catch (RuntimeException ex) {
			// Keep answering from the last snapshot; the next check tries again.
			log.warn("Could not check the calendar revision: {}", ex.getMessage());
		}
	}

	/** Reloads now; called by the node that changed the calendar, after its commit. */
	synchronized void refresh() {
		long revision = store.revision();
		// The revision is read first: a change committed meanwhile is picked up by the next check.
		snapshot = new CalendarSnapshot(revision,
				new HolidaySchedule(store.allDays(), store.publishedYears().stream().map(PublishedYear::year).toList()),
				store.allOfficeHours());
		log.debug("Calendar loaded at revision {}", revision);
	}

	private CalendarSnapshot snapshot() {
		CalendarSnapshot current = snapshot;
		if (current == null) {
			refresh();
			current = snapshot;
		}
		return current;
	}

}
