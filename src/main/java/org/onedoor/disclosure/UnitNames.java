package org.onedoor.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;

import org.springframework.beans.factory.annotation.Autowired;
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

	private final LongFunction<String> lookup;

	private final Map<Long, Entry> names = new ConcurrentHashMap<>();

	@Autowired
	UnitNames(Directory directory) {
		this(id -> directory.findUnit(id).map(Unit::name).orElse("#" + id));
	}

	/** For the batch commands, which run without the directory. */
	UnitNames(LongFunction<String> lookup) {
		this.lookup = lookup;
	}

	String name(long unitId) {
		Instant now = Instant.now();
		Entry entry = names.get(unitId);
		if (entry == null || entry.until().isBefore(now)) {
			entry = new Entry(lookup.apply(unitId), now.plus(KEEP));
			names.put(unitId, entry);
		}
		return entry.name();
	}

}
