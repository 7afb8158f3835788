package org.onedoor.appeals.bulk;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How each second of a run was answered: 2xx, 503, any other status, or no answer at all
 * (refused or cut connection). An outage drill reads from it when the 503s began, that no 500
 * was among them and when the first success came back. Seconds are Unix epoch seconds, so they
 * line up with the times a drill script records for its own actions.
 */
final class StatusTimeline {

	static final String HEADER = "second,ok,s503,other,ioerr";

	private static final int OK = 0;

	private static final int S503 = 1;

	private static final int OTHER = 2;

	private static final int IOERR = 3;

	private final Map<Long, AtomicLongArray> seconds = new ConcurrentSkipListMap<>();

	/** @param status the HTTP status, or a negative number when no answer came */
	void add(long epochSecond, int status) {
		int column = status < 0 ? IOERR : status / 100 == 2 ? OK : status == 503 ? S503 : OTHER;
		seconds.computeIfAbsent(epochSecond, s -> new AtomicLongArray(4)).incrementAndGet(column);
	}

	/** One line per second in which anything was answered, in order. */
	void writeCsv(Writer out) throws IOException {
		out.write(HEADER);
		out.write('\n');
		for (Map.Entry<Long, AtomicLongArray> second : seconds.entrySet()) {
			AtomicLongArray counts = second.getValue();
			out.write(second.getKey() + "," + counts.get(OK) + "," + counts.get(S503) + "," + counts.get(OTHER) + ","
					+ counts.get(IOERR) + "\n");
		}
	}

}
