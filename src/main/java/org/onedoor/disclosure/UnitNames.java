package org.onedoor.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;

import org.springframework.stereotype.Component;

/**
 * Unit names for figure tables, looked up once per few minutes: a table of a hundred units
 * must not cost a hundred queries per request. A renamed unit shows its new name within minutes.
 */
@Component
class UnitNames {

	private static final Duration KEEP = Duration.ofMinutes(5);

	private record Entry(String name, Instant until) {
	}

	private final Directory directory;

	private final Map<Long, Entry> names = new ConcurrentHashMap<>();

	UnitNames(Directory directory) {
		this.directory = directory;
	}

	String name(long unitId) {
		Instant now = Instant.now();
		Entry entry = names.get(unitId);
		if (entry == null || entry.until().isBefore(now)) {
			String name = directory.findUnit(unitId).map(Unit::name).orElse("#" + unitId);
			entry = new Entry(name, now.plus(KEEP));
			names.put(unitId, entry);
		}
		return entry.name();
	}

}
