package org.onedoor.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What replacing a year's special days would change, shown to the administrator before they
 * confirm.
 */
record YearDiff(List<SpecialDay> added, List<SpecialDay> removed, List<Change> changed) {

	/** A date kept in both versions whose name or kind differs. */
	record Change(SpecialDay before, SpecialDay after) {
	}

	static YearDiff between(List<SpecialDay> before, List<SpecialDay> after) {
		Map<LocalDate, SpecialDay> old = byDate(before);
		Map<LocalDate, SpecialDay> now = byDate(after);
		List<SpecialDay> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		for (SpecialDay day : now.values()) {
			SpecialDay previous = old.get(day.date());
			if (previous == null) {
				added.add(day);
			}
			else if (!previous.equals(day)) {
				changed.add(new Change(previous, day));
			}
		}
		List<SpecialDay> removed = old.values().stream().filter(day -> !now.containsKey(day.date())).toList();
		return new YearDiff(List.copyOf(added), removed, List.copyOf(changed));
	}

	public boolean empty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

	Set<LocalDate> changedDates() {
		Set<LocalDate> dates = new TreeSet<>();
		added.forEach(day -> dates.add(day.date()));
		removed.forEach(day -> dates.add(day.date()));
		changed.forEach(change -> dates.add(change.after().date()));
		return dates;
	}

	/**
	 * A short fingerprint of a year's days: the confirmation carries the one the diff was computed
	 * against, so a change made by someone else in between is noticed instead of overwritten.
	 */
	static String fingerprint(List<SpecialDay> days) {
		String canonical = days.stream()
			.sorted(java.util.Comparator.comparing(SpecialDay::date))
			.map(day -> day.date() + "|" + day.kind() + "|" + day.name())
			.collect(Collectors.joining("\n"));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static Map<LocalDate, SpecialDay> byDate(List<SpecialDay> days) {
		return days.stream()
			.collect(Collectors.toMap(SpecialDay::date, Function.identity(), (a, b) -> b, java.util.TreeMap::new));
	}

}
