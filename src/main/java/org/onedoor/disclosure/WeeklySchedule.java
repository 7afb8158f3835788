package org.onedoor.disclosure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * When each week is due for publication: at the first time the cron (default Monday 08:00,
 * Asia/Shanghai) fires after the week ended. After downtime every week missed since the last
 * published one is due, oldest first. Pure, tested without Spring.
 */
record WeeklySchedule(CronExpression cron, ZoneId zone, IsoWeek firstWeek) {

	Instant dueAt(IsoWeek week) {
		ZonedDateTime end = week.sunday().plusDays(1).atStartOfDay(zone).minusSeconds(1);
		return cron.next(end).toInstant();
	}

	/** The weeks to publish now, oldest first, given the last one published (if any). */
	List<IsoWeek> due(Optional<IsoWeek> lastPublished, Instant now) {
		IsoWeek current = IsoWeek.of(LocalDateTime.ofInstant(now, zone).toLocalDate());
		IsoWeek start = lastPublished.map(IsoWeek::next).orElse(firstWeek != null ? firstWeek : current.previous());
		List<IsoWeek> due = new ArrayList<>();
		for (IsoWeek w = start; w.compareTo(current) < 0 && !dueAt(w).isAfter(now); w = w.next()) {
			due.add(w);
		}
		return due;
	}

	static WeeklySchedule of(String cron, String zone, String firstWeek) {
		return new WeeklySchedule(CronExpression.parse(cron), ZoneId.of(zone),
				firstWeek == null || firstWeek.isBlank() ? null : IsoWeek.parse(firstWeek));
	}

}
