package org.onedoor.disclosure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.stereotype.Service;

/** What other modules and the pages ask of disclosure: published weeks, assessments, headlines. */
@Service
public class Disclosure {

	/** The longest period one assessment covers. */
	static final int MAX_DAYS = 3 * 366;

	private final WeeklyStore weeks;

	private final FigureQueries figures;

	private final AssessmentWeightsStore weights;

	private final HeadlineQueries headlines;

	private final DataSource dataSource;

	private final Clock clock;

	Disclosure(WeeklyStore weeks, FigureQueries figures, AssessmentWeightsStore weights, HeadlineQueries headlines,
			DataSource dataSource, Clock clock) {
		this.weeks = weeks;
		this.figures = figures;
		this.weights = weights;
		this.headlines = headlines;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** The newest published week, if any has been published. */
	public Optional<PublishedWeek> latestWeek() {
		return weeks.latest().flatMap(weeks::find);
	}

	/** @throws NotFoundException when the week has not been published */
	public PublishedWeek week(IsoWeek week) {
		return weeks.find(week).orElseThrow(() -> new NotFoundException("disclosure.week.notPublished", week.toString()));
	}

	public List<IsoWeek> publishedWeeks(int limit) {
		return weeks.published(limit);
	}

	/**
	 * 绩效考核 of the units over {@code from} .. {@code to} (inclusive), ranked by score.
	 * @throws InvalidInputException when the period is empty, reversed or longer than three years
	 */
	public Assessment assessment(LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		AssessmentWeights current = weights.current();
		return new Assessment(from, to, current, RankUnits.rank(figures.perUnit(from, to), current),
				figures.freshness(from, to));
	}

	static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", "disclosure.period.required");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "disclosure.period.reversed", from, to);
		}
		if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw new InvalidInputException("to", "disclosure.period.tooLong", MAX_DAYS);
		}
	}

	public Headline headline(int year) {
		LocalDate today = LocalDate.now(clock.withZone(CellMarks.CHINA));
		if (year < 2000 || year > today.getYear()) {
			throw new InvalidInputException("year", "disclosure.year.invalid", year);
		}
		return headlines.headline(year, today);
	}

	public AssessmentWeights weights() {
		return weights.current();
	}

	/** Changes the weights (audited); {@code weights.version()} must be the one the administrator saw. */
	public AssessmentWeights changeWeights(AssessmentWeights changed, String by) {
		return weights.change(changed, by);
	}

	/** Recomputes every figure from the appeals views (after a bulk import); returns the unit-day cells written. */
	public int rebuild() {
		try (Connection connection = dataSource.getConnection()) {
			return RebuildFigures.rebuild(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("rebuilding the disclosure figures failed", ex);
		}
	}

}
