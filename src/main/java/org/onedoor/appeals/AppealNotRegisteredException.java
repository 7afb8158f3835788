package org.onedoor.appeals;

import java.util.List;

import org.onedoor.shared.InvalidInputException;

/**
 * An appeal that failed the intake rules. Answers like any bad input (first problem) and
 * carries every problem for forms that show them all at once.
 */
public class AppealNotRegisteredException extends InvalidInputException {

	private final transient List<IntakeProblem> problems;

	public AppealNotRegisteredException(List<IntakeProblem> problems) {
		super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public List<IntakeProblem> problems() {
		return problems;
	}

}
