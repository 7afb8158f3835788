package org.onedoor.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The weekly disclosure and the assessment as download tables, headed in Chinese. */
@Component
class FigureTables {

	private static final List<String> WEEKLY = List.of("unit", "received", "signedFor", "signedOnTime", "completed",
			"completedOnTime", "onTimeRate", "rated", "satisfied", "satisfactionRate", "returned", "extended");

	private static final List<String> ASSESSMENT = List.of("rank", "unit", "score", "onTimeRate", "satisfactionRate",
			"responseRate", "resolutionRate", "received", "completed", "completedOnTime", "rated", "satisfied",
			"signedFor", "signedOnTime", "resolved");

	private final MessageSource messages;

	FigureTables(MessageSource messages) {
		this.messages = messages;
	}

	FigureTable weekly(PublishedWeek week) {
		List<List<Object>> rows = new ArrayList<>();
		for (UnitFigures u : week.units()) {
			rows.add(Arrays.asList(u.unitName(), u.received(), u.signedFor(), u.signedOnTime(), u.completed(),
					u.completedOnTime(), u.onTimeRate(), u.rated(), u.satisfied(), u.satisfactionRate(), u.returned(),
					u.extended()));
		}
		return new FigureTable(week.week().toString(), header(WEEKLY), rows);
	}

	FigureTable assessment(Assessment assessment) {
		List<List<Object>> rows = new ArrayList<>();
		for (AssessmentRow r : assessment.rows()) {
			UnitFigures u = r.figures();
			rows.add(Arrays.asList(r.rank(), u.unitName(), r.score(), u.onTimeRate(), u.satisfactionRate(),
					u.responseRate(), u.resolutionRate(), u.received(), u.completed(), u.completedOnTime(), u.rated(),
					u.satisfied(), u.signedFor(), u.signedOnTime(), u.resolved()));
		}
		return new FigureTable(assessment.from() + "~" + assessment.to(), header(ASSESSMENT), rows);
	}

	private List<String> header(List<String> keys) {
		return keys.stream().map(k -> messages.getMessage("disclosure.col." + k, null, Locale.SIMPLIFIED_CHINESE)).toList();
	}

}
