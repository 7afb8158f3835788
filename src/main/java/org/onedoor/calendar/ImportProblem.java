package org.onedoor.calendar;

import java.util.List;

/**
 * One thing wrong with an uploaded calendar file, as bundle keys so the page can say it in
 * Chinese or English.
 *
 * @param whereKey key of the position label (a line for CSV, an entry for JSON), or
 * {@code null} when the problem is with the whole file
 * @param position the line or entry number, from 1
 * @param messageKey key of the message
 * @param arguments the message's arguments
 */
record ImportProblem(String whereKey, int position, String messageKey, List<Object> arguments) {

	ImportProblem {
		// As text, so a year reads 2026 and not 2,026 in either language.
		arguments = arguments.stream().map(argument -> (Object) String.valueOf(argument)).toList();
	}

	static ImportProblem file(String messageKey, Object... arguments) {
		return new ImportProblem(null, 0, messageKey, List.of(arguments));
	}

	static ImportProblem at(String whereKey, int position, String messageKey, Object... arguments) {
		return new ImportProblem(whereKey, position, messageKey, List.of(arguments));
	}

	Object[] args() {
		return arguments.toArray();
	}

}
