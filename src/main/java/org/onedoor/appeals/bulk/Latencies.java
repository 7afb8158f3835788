package org.onedoor.appeals.bulk;

import java.util.Arrays;

/** Response times of one run, in microseconds; percentiles by nearest rank. */
final class Latencies {

	private long[] micros = new long[1 << 16];

	private int size;

	synchronized void add(long nanos) {
		if (size == micros.length) {
			micros = Arrays.copyOf(micros, size * 2);
		}
		micros[size++] = nanos / 1000;
	}

	synchronized int count() {
		return size;
	}

	/** @param p between 0 and 100 */
	synchronized double millisAt(double p) {
		if (size == 0) {
			return 0;
		}
		long[] sorted = Arrays.copyOf(micros, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * size);
		return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
	}

}
