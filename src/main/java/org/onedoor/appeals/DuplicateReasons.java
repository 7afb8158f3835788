package org.onedoor.appeals;

import java.util.Arrays;
import java.util.List;

import org.onedoor.appeals.intel.DuplicateReason;

/**
 * Reasons stored one per line as {@code KIND<tab>detail}, and read back for the pages, where
 * each kind has its own sentence in both languages ({@code appeals-intel.reason.KIND}).
 */
final class DuplicateReasons {

	private DuplicateReasons() {
	}

	static String write(List<DuplicateReason> reasons) {
		StringBuilder out = new StringBuilder();
		for (DuplicateReason reason : reasons) {
			out.append(reason.kind().name()).append('\t').append(reason.detail().replace('\n', ' ')).append('\n');
		}
		return out.toString();
	}

	static List<DuplicateReason> read(String stored) {
		return Arrays.stream(stored.split("\n"))
			.filter(line -> line.indexOf('\t') > 0)
			.map(line -> new DuplicateReason(DuplicateReason.Kind.valueOf(line.substring(0, line.indexOf('\t'))),
					line.substring(line.indexOf('\t') + 1)))
			.toList();
	}

}
