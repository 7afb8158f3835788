package org.onedoor.appeals;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 信访 intake, online or registered by staff from a letter or a visit. The 信访工作条例 wants the
 * petitioner's real name, mobile and ID number and one of the three petition types; the appeal
 * type follows from the petition type. Deadlines are the work module's business.
 */
@Service
class PetitionIntake {

	/** How the petition arrived. */
	enum Form {
		ONLINE, LETTER, VISIT
	}

	private final DeskIntake intake;

	private final JdbcClient jdbc;

	PetitionIntake(DeskIntake intake, JdbcClient jdbc) {
		this.intake = intake;
		this.jdbc = jdbc;
	}

	/** 建议意见类 → 建议, 检举控告类 → 举报, 申诉求决类 → 投诉. */
	static AppealType appealType(PetitionType petitionType) {
		if (petitionType == null) {
			return AppealType.COMPLAINT;
		}
		return switch (petitionType) {
			case SUGGESTION_OPINION -> AppealType.SUGGESTION;
			case ACCUSATION -> AppealType.REPORT;
			case CLAIM -> AppealType.COMPLAINT;
		};
	}

	/** Everything the petition rules add to the intake rules, listed together with them. */
	static List<IntakeProblem> check(NewAppeal petition) {
		List<IntakeProblem> problems = new ArrayList<>(AppealIntakeRules.check(petition));
		if (petition.citizenName() == null || petition.citizenName().isBlank()) {
			add(problems, new IntakeProblem("citizenName", "appeals.desk.petition.realName"));
		}
		if (petition.citizenMobile() == null || petition.citizenMobile().isBlank()) {
			add(problems, new IntakeProblem("citizenMobile", "appeals.intake.citizenMobile.required"));
		}
		if (petition.citizenIdNumber() == null || petition.citizenIdNumber().isBlank()) {
			add(problems, new IntakeProblem("citizenIdNumber", "appeals.desk.petition.idRequired"));
		}
		return problems;
	}

	@Transactional
	RegisteredAppeal register(NewAppeal petition, Form form, Actor actor, List<MultipartFile> files) {
		List<IntakeProblem> problems = check(petition);
		if (!problems.isEmpty()) {
			throw new AppealNotRegisteredException(problems);
		}
		RegisteredAppeal registered = intake.register(petition, actor, files);
		jdbc.sql("insert into appeals.petition_intake(appeal_id, form) values (?, ?)")
			.params(registered.id(), form.name())
			.update();
		return registered;
	}

	private static void add(List<IntakeProblem> problems, IntakeProblem problem) {
		if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
			problems.add(problem);
		}
	}

}
