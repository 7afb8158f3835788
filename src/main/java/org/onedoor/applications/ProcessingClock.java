package org.onedoor.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The promised time limit's clock: it runs from submission, stands still while a one-time
 * notice waits for the applicant (补正期间不计时), and runs again from the day they resubmit.
 * Kept as the list of runs so every figure can be recomputed from the calendar.
 *
 * @param runs from-to date pairs; the last one may still be running ({@code to == null})
 */
record ProcessingClock(List<Run> runs) {

	record Run(LocalDate from, LocalDate to) {

		int days(WorkingDays calendar, LocalDate today) {
			return Math.max(0, calendar.between(from, to == null ? today : to));
		}

		/** Stored as {@code 2026-09-28/2026-09-30}, or {@code 2026-10-09/} while running. */
		String text() {
			return from + "/" + (to == null ? "" : to);
		}

		static Run parse(String text) {
			String[] parts = text.split("/", -1);
			return new Run(LocalDate.parse(parts[0]), parts[1].isEmpty() ? null : LocalDate.parse(parts[1]));
		}

	}

	ProcessingClock {
		runs = List.copyOf(runs);
	}

	static ProcessingClock notStarted() {
		return new ProcessingClock(List.of());
	}

	boolean running() {
		return !runs.isEmpty() && runs.get(runs.size() - 1).to() == null;
	}

	ProcessingClock start(LocalDate day) {
		if (running()) {
			return this;
		}
		List<Run> next = new ArrayList<>(runs);
		next.add(new Run(day, null));
		return new ProcessingClock(next);
	}

	ProcessingClock stop(LocalDate day) {
		if (!running()) {
			return this;
		}
		List<Run> next = new ArrayList<>(runs);
		Run last = next.remove(next.size() - 1);
		next.add(new Run(last.from(), day.isBefore(last.from()) ? last.from() : day));
		return new ProcessingClock(next);
	}

	/** Working days counted so far, stopped periods left out. */
	int used(WorkingDays calendar, LocalDate today) {
		return runs.stream().mapToInt(r -> r.days(calendar, today)).sum();
	}

	/** The day the promised limit runs out, empty while the clock stands still. */
	Optional<LocalDate> due(WorkingDays calendar, int limit) {
		if (!running()) {
			return Optional.empty();
		}
		Run last = runs.get(runs.size() - 1);
		int before = runs.subList(0, runs.size() - 1).stream().mapToInt(r -> r.days(calendar, null)).sum();
		return Optional.of(calendar.plus(last.from(), Math.max(0, limit - before)));
	}

	List<String> texts() {
		return runs.stream().map(Run::text).toList();
	}

	static ProcessingClock of(List<String> texts) {
		return new ProcessingClock(texts.stream().map(Run::parse).toList());
	}

}
