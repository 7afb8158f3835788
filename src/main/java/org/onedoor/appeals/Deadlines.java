package org.onedoor.appeals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.onedoor.calendar.OfficeHours;
import org.onedoor.calendar.WorkingCalendar;

import org.springframework.stereotype.Component;

/**
 * Turns deadline rules into instants with the working-day calendar. Deadlines are stored as
 * instants, so a later change to the calendar or the rules never moves a deadline already set.
 */
@Component
class Deadlines {

	private final DeadlineRuleStore rules;

	private final WorkingCalendar calendar;

	Deadlines(DeadlineRuleStore rules, WorkingCalendar calendar) {
		this.rules = rules;
		this.calendar = calendar;
	}

	/** The deadline of the stage starting at {@code start}; {@code null} when no rule applies. */
	Instant due(DeadlineStage stage, AppealFacts facts, Instant start, Long unitId) {
		return DeadlineRules.best(rules.all(), stage, facts)
			.map(rule -> add(start, rule.amount(), rule.unit(), unitId))
			.orElse(null);
	}

	Instant add(Instant start, int amount, DeadlineUnit unit, Long unitId) {
		OfficeHours hours = calendar.officeHours(unitId);
		LocalDate day = start.atZone(hours.zone()).toLocalDate();
		return switch (unit) {
			case WORKING_HOURS -> calendar.addWorkingTime(start, Duration.ofHours(amount), unitId);
			case HOURS -> start.plus(Duration.ofHours(amount));
			case WORKING_DAYS -> closeOfOffice(calendar.addWorkingDays(day, amount), hours);
			case DAYS -> endOfDay(nextWorkingDayFrom(day.plusDays(amount)), hours);
		};
	}

	/** Extends a deadline: petitions by days (信访工作条例), other appeals by working days. */
	Instant extend(Instant deadline, int days, Channel channel, Long unitId) {
		return add(deadline, days, channel == Channel.PETITION ? DeadlineUnit.DAYS : DeadlineUnit.WORKING_DAYS, unitId);
	}

	/** Moves a deadline on by the office time the clock stood still. */
	Instant resume(Instant deadline, Instant stoppedAt, Instant now, Long unitId) {
		if (deadline == null) {
			return null;
		}
		Duration stopped = calendar.workingTimeBetween(stoppedAt, now, unitId);
		return stopped.isNegative() || stopped.isZero() ? deadline : calendar.addWorkingTime(deadline, stopped, unitId);
	}

	/** Office time left until the deadline, negative when overdue. */
	Duration workingTimeLeft(Instant deadline, Instant now, Long unitId) {
		return calendar.workingTimeBetween(now, deadline, unitId);
	}

	Duration workingTimeBetween(Instant from, Instant to, Long unitId) {
		return calendar.workingTimeBetween(from, to, unitId);
	}

	private LocalDate nextWorkingDayFrom(LocalDate day) {
		LocalDate date = day;
		for (int i = 0; i < 60 && !calendar.isWorkingDay(date); i++) {
			date = date.plusDays(1);
		}
		return date;
	}

	private static Instant closeOfOffice(LocalDate day, OfficeHours hours) {
		List<OfficeHours.Session> sessions = hours.sessions();
		return day.atTime(sessions.get(sessions.size() - 1).end()).atZone(hours.zone()).toInstant();
	}

	private static Instant endOfDay(LocalDate day, OfficeHours hours) {
		return day.atTime(LocalTime.of(23, 59, 59)).atZone(hours.zone()).toInstant();
	}

}
