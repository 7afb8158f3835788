package org.onedoor.calendar;

import java.util.List;

/**
 * An uploaded year after reading: its special days, the notice it came from if the file named
 * one, and everything wrong with it. Only a file without problems may be stored.
 */
record YearFile(int year, List<SpecialDay> days, String source, List<ImportProblem> problems) {

	YearFile {
		days = List.copyOf(days);
		problems = List.copyOf(problems);
	}

	static YearFile rejected(int year, ImportProblem... problems) {
		return new YearFile(year, List.of(), null, List.of(problems));
	}

	boolean valid() {
		return problems.isEmpty();
	}

}
