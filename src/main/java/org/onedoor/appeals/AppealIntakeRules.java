package org.onedoor.appeals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.shared.MobileNumber;
import org.onedoor.shared.ResidentIdNumber;

/**
 * What every appeal must satisfy, whatever its channel. Lists every problem at once, so a
 * citizen or operator fixes everything in one go (the spirit of 一次性告知).
 */
public final class AppealIntakeRules {

	static final int TITLE_MAX = 200;

	static final int CONTENT_MAX = 5000;

	/** Deliberately plain: one @, no spaces, a dot in the domain, at most 254 characters (RFC 5321). */
	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("(?=.{3,254}$)[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	private AppealIntakeRules() {
	}

	public static List<IntakeProblem> check(NewAppeal appeal) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (appeal.channel() == null) {
			problems.add(new IntakeProblem("channel", "appeals.intake.channel.required"));
		}
		if (appeal.type() == null) {
			problems.add(new IntakeProblem("type", "appeals.intake.type.required"));
		}
		text(problems, "title", appeal.title(), TITLE_MAX);
		text(problems, "content", appeal.content(), CONTENT_MAX);
		if (appeal.channel() == Channel.PETITION && appeal.petitionType() == null) {
			problems.add(new IntakeProblem("petitionType", "appeals.intake.petitionType.required"));
		}
		if (appeal.channel() != null && appeal.channel() != Channel.PETITION && appeal.petitionType() != null) {
			problems.add(new IntakeProblem("petitionType", "appeals.intake.petitionType.onlyPetitions"));
		}
		citizen(problems, appeal);
		place(problems, appeal);
		if (appeal.filedOnBehalf() && appeal.filedByAccountId() == null) {
			problems.add(new IntakeProblem("filedBy", "appeals.intake.onBehalf.filerRequired"));
		}
		return problems;
	}

	private static void text(List<IntakeProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new IntakeProblem(field, "appeals.intake." + field + ".required"));
		}
		else if (value.strip().length() > max) {
			problems.add(new IntakeProblem(field, "appeals.intake.tooLong", max));
		}
		else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			problems.add(new IntakeProblem(field, "appeals.intake.controlCharacters"));
		}
	}

	private static void citizen(List<IntakeProblem> problems, NewAppeal appeal) {
		boolean anonymous = appeal.anonymous();
		if (anonymous && appeal.type() != null
				&& (!appeal.type().mayBeAnonymous() || appeal.channel() == Channel.PETITION)) {
			problems.add(new IntakeProblem("anonymous", "appeals.intake.anonymous.notAllowed"));
		}
		if (!anonymous && appeal.citizenAccountId() == null) {
			if (appeal.citizenName() == null || appeal.citizenName().isBlank()) {
				problems.add(new IntakeProblem("citizenName", "appeals.intake.citizenName.required"));
			}
			if (appeal.citizenMobile() == null || appeal.citizenMobile().isBlank()) {
				problems.add(new IntakeProblem("citizenMobile", "appeals.intake.citizenMobile.required"));
			}
		}
		if (appeal.citizenName() != null && appeal.citizenName().strip().length() > 50) {
			problems.add(new IntakeProblem("citizenName", "appeals.intake.tooLong", 50));
		}
		if (appeal.citizenMobile() != null && !appeal.citizenMobile().isBlank()
				&& MobileNumber.parse(appeal.citizenMobile()).isEmpty()) {
			problems.add(new IntakeProblem("citizenMobile", "appeals.intake.citizenMobile.invalid"));
		}
		if (appeal.citizenEmail() != null && !appeal.citizenEmail().isBlank() && !EMAIL.matcher(appeal.citizenEmail().strip()).matches()) {
			problems.add(new IntakeProblem("citizenEmail", "appeals.intake.citizenEmail.invalid"));
		}
		if (appeal.citizenIdNumber() != null && !appeal.citizenIdNumber().isBlank()
				&& ResidentIdNumber.parse(appeal.citizenIdNumber()).isEmpty()) {
			problems.add(new IntakeProblem("citizenIdNumber", "appeals.intake.citizenIdNumber.invalid"));
		}
	}

	private static void place(List<IntakeProblem> problems, NewAppeal appeal) {
		if (appeal.divisionCode() != null && !appeal.divisionCode().isBlank()
				&& !appeal.divisionCode().matches("\\d{12}")) {
			problems.add(new IntakeProblem("divisionCode", "appeals.intake.division.invalid"));
		}
		if (appeal.address() != null && appeal.address().strip().length() > 300) {
			problems.add(new IntakeProblem("address", "appeals.intake.tooLong", 300));
		}
		if ((appeal.latitude() == null) != (appeal.longitude() == null)) {
			problems.add(new IntakeProblem("latitude", "appeals.intake.coordinates.pair"));
		}
		else if (appeal.latitude() != null && (outside(appeal.latitude(), 90) || outside(appeal.longitude(), 180))) {
			problems.add(new IntakeProblem("latitude", "appeals.intake.coordinates.range"));
		}
	}

	private static boolean outside(BigDecimal value, int limit) {
		return value.abs().compareTo(BigDecimal.valueOf(limit)) > 0;
	}

}
